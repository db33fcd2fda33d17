package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.policykb.index.Quote;

class SpeakerNamesTest {

  @Test
  void aVietnameseTitleAndItsBodyStandApartFromTheName() {
    assertThat(SpeakerNames.split("Bộ trưởng Bộ Y tế Đào Hồng Lan"))
        .isEqualTo(new SpeakerNames.Split("Đào Hồng Lan", "Bộ trưởng Bộ Y tế"));
    // the province's name runs into the person's: the name begins at the family name
    assertThat(SpeakerNames.split("Chủ tịch UBND tỉnh Quảng Nam Nguyễn Văn A"))
        .isEqualTo(new SpeakerNames.Split("Nguyễn Văn A", "Chủ tịch UBND tỉnh Quảng Nam"));
    assertThat(SpeakerNames.split("PGS.TS Trần Đình Thiên")).isEqualTo(new SpeakerNames.Split("Trần Đình Thiên", "PGS.TS"));
  }

  @Test
  void aTimePhraseEndingTheSubjectIsNoPartOfTheName() {
    assertThat(SpeakerNames.split("Tổng thống Mozambique Filipe Nyusi hôm 18/3"))
        .isEqualTo(SpeakerNames.split("Tổng thống Mozambique Filipe Nyusi"));
    assertThat(SpeakerNames.split("Thủ tướng Phạm Văn Long sáng nay").name()).isEqualTo("Phạm Văn Long");
    assertThat(SpeakerNames.split("Senator Ellen Marsh on Monday").name()).isEqualTo("Ellen Marsh");
    assertThat(SpeakerNames.split("ông Lê Văn Minh hôm qua").name()).isEqualTo("Lê Văn Minh");
  }

  @Test
  void aCountryAfterTheTitleBelongsToTheRole() {
    assertThat(SpeakerNames.split("Tổng thống Mỹ Donald Trump")).isEqualTo(new SpeakerNames.Split("Donald Trump", "Tổng thống Mỹ"));
    assertThat(SpeakerNames.split("Ngoại trưởng Hàn Quốc Kang Kyung-wha").name()).isEqualTo("Kang Kyung-wha");
    // one word after the country may be a Vietnamese name that opens with it: ca sĩ Đức Phúc
    assertThat(SpeakerNames.split("ca sĩ Đức Phúc").name()).isEqualTo("Đức Phúc");
  }

  @Test
  void honorificsAloneAreNoRole() {
    assertThat(SpeakerNames.split("ông Huỳnh Hùng")).isEqualTo(new SpeakerNames.Split("Huỳnh Hùng", null));
    assertThat(SpeakerNames.split("Bà Lê Thị Thu Hằng")).isEqualTo(new SpeakerNames.Split("Lê Thị Thu Hằng", null));
    assertThat(SpeakerNames.split("Mr. Coupe")).isEqualTo(new SpeakerNames.Split("Coupe", null));
  }

  @Test
  void englishTitlesBeforeANameAreItsRole() {
    assertThat(SpeakerNames.split("the Rev. Al Sharpton")).isEqualTo(new SpeakerNames.Split("Al Sharpton", "Rev."));
    assertThat(SpeakerNames.split("Senate Majority Leader Mitch McConnell"))
        .isEqualTo(new SpeakerNames.Split("Mitch McConnell", "Senate Majority Leader"));
    assertThat(SpeakerNames.split("Macedonian President Gjorge Ivanov"))
        .isEqualTo(new SpeakerNames.Split("Gjorge Ivanov", "Macedonian President"));
    assertThat(SpeakerNames.split("White House press secretary Sarah Sanders"))
        .isEqualTo(new SpeakerNames.Split("Sarah Sanders", "White House press secretary"));
  }

  @Test
  void aNameWithAHyphenOrAnOriginKeepsItsParts() {
    assertThat(SpeakerNames.split("Tổng thống Moon Jae - in")).isEqualTo(new SpeakerNames.Split("Moon Jae - in", "Tổng thống"));
    assertThat(SpeakerNames.split("Tiffany Ng đến từ Đại học Michigan").name()).isEqualTo("Tiffany Ng");
    assertThat(SpeakerNames.split("Nguyễn Văn A cũng").name()).isEqualTo("Nguyễn Văn A");
  }

  @Test
  void aDescriptionStaysWhole() {
    assertThat(SpeakerNames.split("một người dân")).isEqualTo(new SpeakerNames.Split("một người dân", null));
    assertThat(SpeakerNames.split("A police spokesman")).isEqualTo(new SpeakerNames.Split("A police spokesman", null));
    assertThat(SpeakerNames.split("Lãnh đạo một đầu mối xăng dầu ở TP. HCM").name())
        .isEqualTo("Lãnh đạo một đầu mối xăng dầu ở TP. HCM");
    assertThat(SpeakerNames.split("President").name()).isEqualTo("President");
    assertThat(SpeakerNames.split("White House").name()).isEqualTo("White House");
  }

  @Test
  void clausesAreNoSpeakers() {
    assertThat(SpeakerNames.isClause("In closing")).isTrue();
    assertThat(SpeakerNames.isClause("Theo đúng cam kết đó")).isTrue();
    assertThat(SpeakerNames.isClause("Nhớ lại giây phút xảy ra sự việc")).isTrue();
    assertThat(SpeakerNames.isClause("Trump returned a few minutes later to resume his remarks and")).isTrue();
    assertThat(SpeakerNames.isClause("Dù người này từ chối vì quy định của trường")).isTrue();
    assertThat(SpeakerNames.isClause("Tô Lâm")).isFalse();
    assertThat(SpeakerNames.isClause("Ông Nguyễn Văn An")).isFalse();
    assertThat(SpeakerNames.isClause("Trọng")).isFalse();
    assertThat(SpeakerNames.isClause("Còn một Đại biểu Đảng Bảo thủ thì")).isFalse();
  }

  @Test
  void aSubjectOpeningWithAnAuxiliaryIsTheEndOfAClause() {
    assertThat(SpeakerNames.isClause("đã được chuyển về Moscow")).isTrue();
    assertThat(SpeakerNames.isClause("sẽ được công bố vào tuần tới")).isTrue();
    assertThat(SpeakerNames.isClause("was later confirmed by the ministry")).isTrue();
    // a capital makes it a name: the coach Will Wade
    assertThat(SpeakerNames.isClause("Will Wade")).isFalse();
  }

  @Test
  void aReportingVerbAfterAClauseEndGivesNoSpeaker() {
    String body = "Ông Trần Minh cho biết hộp đen đã được chuyển về Hà Nội phân tích hôm 26/12.";

    assertThat(SeedQuotes.EXTRACTOR.extract(body)).extracting(Quote::speaker).containsOnly("Trần Minh");
  }
}
