package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.index.Quote;

/**
 * A pronoun refers to the person who last opened a sentence as its subject, though that person
 * has said nothing yet; a surname alone is a person when the text gave the full name before.
 */
class PronounsAfterSentenceSubjectsTest {

  @Test
  void aPronounRefersToThePersonWhoOpenedTheSentenceBefore() {
    String body = "\"The harbour will be dredged by spring,\" said Maren Holt, the port's director.\n"
        + "Former mayor Dominic Verhagen, who chairs the harbour board, rejected the idea that the plan was late.\n"
        + "\"We have kept every date we promised,\" he said.";

    assertThat(SeedQuotes.direct(body)).extracting(Quote::speaker).containsExactly("Maren Holt", "Dominic Verhagen");
  }

  @Test
  void aSurnameAloneOpeningASentenceIsThePersonNamedInFullBefore() {
    String body = "\"Prices will fall next year,\" said Ines Okafor, an economist at the central bank.\n"
        + "Trade analyst Kwame Ng expects the opposite.\n"
        + "Okafor also pointed to the harvest.\n"
        + "\"The rain came at the right time,\" she said.";

    assertThat(SeedQuotes.direct(body)).extracting(Quote::speaker).containsExactly("Ines Okafor", "Ines Okafor");
  }

  @Test
  void theSubjectAfterAnIntroductoryPhraseCounts() {
    String body = "Coach Ana Ruiz named her squad on Friday.\n"
        + "After training on Sunday, striker Paulo Mendes was asked about his knee.\n"
        + "\"It feels stronger every day,\" he said.";

    assertThat(SeedQuotes.direct(body)).extracting(Quote::speaker).containsExactly("Paulo Mendes");
  }

  @Test
  void aShortSurnameIsAPersonWhenTheFullNameCameFirst() {
    String body = "Nhà đầu tư Kai-Fu Lee cho rằng ngân sách nghiên cứu cần tăng gấp đôi.\n"
        + "Lee chia sẻ rằng các trường đại học đang thiếu người.\n"
        + "Ông nói thêm: “Chúng ta cần giữ chân các nhà khoa học trẻ.”";

    assertThat(SeedQuotes.direct(body)).singleElement().extracting(Quote::speaker).isEqualTo("Kai-Fu Lee");
  }

  @Test
  void aRoleStillRefersToWhoSpokeNotToWhoWasMentioned() {
    String body = "\"The bill will pass this week,\" Governor Ellen Marsh said on Monday.\n"
        + "Ruth Calloway also testified at the hearing.\n"
        + "\"It protects every family in the state,\" the governor told reporters.";

    assertThat(SeedQuotes.direct(body)).extracting(Quote::speaker).containsExactly("Ellen Marsh", "Ellen Marsh");
  }

  @Test
  void aPlaceOpeningASentenceIsNoOneAPronounRefersTo() {
    String body = "\"Our exports doubled in five years,\" said Minister Lê Hoàng Sơn.\n"
        + "Việt Nam is building a workforce for the chip industry.\n"
        + "\"We will train fifty thousand engineers,\" he said.";

    assertThat(SeedQuotes.direct(body)).extracting(Quote::speaker).containsExactly("Lê Hoàng Sơn", "Lê Hoàng Sơn");
  }

  @Test
  void aVietnameseFullNameOpeningASentenceIsAPerson() {
    String body = "“Năm nay sản lượng lúa tăng”, ông Đỗ Văn Hòa, giám đốc hợp tác xã, cho biết.\n"
        + "Phạm Thị Lan Anh vẫn lo về giá phân bón.\n"
        + "“Giá phân đã tăng gấp đôi”, bà nói.";

    assertThat(SeedQuotes.direct(body)).extracting(Quote::speaker).containsExactly("Đỗ Văn Hòa", "Phạm Thị Lan Anh");
  }
}
