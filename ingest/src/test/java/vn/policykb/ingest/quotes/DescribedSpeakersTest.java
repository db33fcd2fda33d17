package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.policykb.index.Quote;

/**
 * Speakers the text describes or refers to rather than names at the cue: a sentence opening with a
 * role ({@code The governor}), a role written bare in Vietnamese ({@code Thống đốc}), a pronoun set
 * inside its clause ({@code Farmers, she said, are …}), short quotes with their own comma, and the
 * subject of a sentence that ends with a colon before the quote, whatever its verb.
 */
class DescribedSpeakersTest {

  @Test
  void aPronounAfterASentenceOpenedByARoleIsThatRole() {
    String body = "The governor spoke for an hour about the coming harvest and the price of seed.\n"
        + "\"We will not let the farms of this state go under,\" she said.";

    assertThat(SeedQuotes.direct(body)).singleElement().satisfies(quote -> {
      assertThat(quote.text()).startsWith("We will not let the farms");
      assertThat(quote.speaker()).isEqualTo("The governor");
    });
  }

  @Test
  void aRoleOpeningASentenceIsThePersonWhoSpokeBefore() {
    String body = "\"The budget is balanced for the first time in a decade,\" Ellen Marsh said on Monday.\n"
        + "The senator then turned to the question of the new bridge.\n"
        + "\"It will be built, and it will be built on time,\" she said.";

    assertThat(SeedQuotes.direct(body)).extracting(Quote::speaker).containsExactly("Ellen Marsh", "Ellen Marsh");
  }

  @Test
  void aBareVietnameseRoleIsTheLastPersonGivenThatRole() {
    String body = "Thống đốc Ngân hàng Nhà nước Lê Minh Hưng đã gặp các ngân hàng thương mại. "
        + "Ông Trần Văn Nam, giám đốc một ngân hàng, đề nghị giảm lãi suất cho doanh nghiệp nhỏ. "
        + "Thống đốc nói rằng “lãi suất sẽ được giữ ổn định đến cuối năm”.";

    assertThat(SeedQuotes.direct(body)).singleElement().satisfies(quote -> {
      assertThat(quote.text()).startsWith("lãi suất sẽ được giữ");
      assertThat(quote.speaker()).isEqualTo("Lê Minh Hưng");
    });
  }

  @Test
  void aPronounBetweenCommasIsTheCueNotTheWordsBeforeIt() {
    String body = "Mayor Ruth Okafor visited the flooded district on Sunday.\n"
        + "The residents, she said, are owed \"a plan and not another promise.\"";

    assertThat(SeedQuotes.direct(body)).singleElement().satisfies(quote -> {
      assertThat(quote.text()).startsWith("a plan and not another promise");
      assertThat(quote.speaker()).isEqualTo("Ruth Okafor");
    });
  }

  @Test
  void aShortQuoteWithItsOwnCommaBeforeTheCueIsAttributed() {
    String body = "The decision came quickly, which shows the case \"was never close,\" said Daniel Ferreira, "
        + "a lawyer who followed it.";

    assertThat(SeedQuotes.direct(body)).singleElement().satisfies(quote -> {
      assertThat(quote.text()).isEqualTo("was never close");
      assertThat(quote.speaker()).isEqualTo("Daniel Ferreira");
    });
  }

  @Test
  void aShortQuoteWithoutItsOwnCommaStaysATerm() {
    String body = "The decision came quickly in what lawyers call \"a clean case\" said to be rare.";

    assertThat(SeedQuotes.direct(body)).isEmpty();
  }

  @Test
  void aNestedQuoteClosingTheQuoteKeepsItsCue() {
    String body = "\"I always say the word 'home,'\" Ana Ruiz said of her new album.";

    assertThat(SeedQuotes.direct(body)).singleElement().satisfies(quote -> {
      assertThat(quote.text()).startsWith("I always say the word");
      assertThat(quote.speaker()).isEqualTo("Ana Ruiz");
    });
  }

  @Test
  void aColonBeforeTheQuoteMakesTheSubjectTheSpeakerWhateverTheVerb() {
    String body = "Bộ trưởng Tài chính Lê Văn Tâm cười xòa trước câu hỏi của phóng viên: "
        + "“Chúng tôi đã chuẩn bị cho tình huống này từ lâu.”";

    assertThat(SeedQuotes.direct(body)).singleElement().satisfies(quote -> {
      assertThat(quote.text()).startsWith("Chúng tôi đã chuẩn bị");
      assertThat(quote.speaker()).isEqualTo("Lê Văn Tâm");
    });
  }

  @Test
  void aRoleBeforeTheColonIsThePersonWhoSpokeBefore() {
    String body = "\"We will keep the port open,\" Minister Anna Kovacs said.\n"
        + "The minister then listed three projects and added: \"None of them will be delayed by the strike.\"";

    assertThat(SeedQuotes.direct(body)).extracting(Quote::speaker).containsExactly("Anna Kovacs", "Anna Kovacs");
  }

  @Test
  void aCommaInsideAQuotedTitleOpensNoSubject() {
    String body = "Tại lễ phát động cuộc thi “Học tập, làm theo Hồ Chí Minh” năm nay, sinh viên Phạm Thu Trang "
        + "rưng rưng: “Em sẽ cố gắng hết sức mình.”";

    assertThat(SeedQuotes.direct(body)).singleElement().satisfies(quote ->
        assertThat(quote.speaker()).isEqualTo("Phạm Thu Trang"));
  }

  @Test
  void aMottoAfterAColonIsNoQuote() {
    String body = "The naval bases are painted with the motto: \"The sea is ours by right and we will return.\"";

    assertThat(SeedQuotes.direct(body)).isEmpty();
  }
}
