package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;

/** Cues beyond a reporting verb right at the quote: partial quotes, verbs no list holds, clauses without a comma. */
class QuoteCuesTest {

  @Test
  void aPartialQuoteAfterAReportingClauseIsTheSubjects() {
    String body = "AMs across the political spectrum are worried.\nA Plaid AM said the group as a whole was \"not happy\" and has suggested alternatives.";

    List<Quote> quotes = SeedQuotes.EXTRACTOR.extract(body);

    assertThat(quotes).filteredOn(q -> q.kind() == QuoteKind.DIRECT).singleElement().satisfies(quote -> {
      assertThat(quote.text()).isEqualTo("not happy");
      assertThat(quote.speaker()).isEqualTo("Plaid AM");
    });
    // the clause that holds the partial quote is a reported statement of its own
    assertThat(quotes).filteredOn(q -> q.kind() == QuoteKind.REPORTED).singleElement()
        .satisfies(quote -> assertThat(quote.text()).startsWith("the group as a whole was"));
  }

  @Test
  void aTermInQuoteMarksAfterAnObjectIsNoPartialQuote() {
    String body = "He emphasized the mechanism for attracting \"chief engineers\" to national technology projects.";

    assertThat(SeedQuotes.EXTRACTOR.extract(body)).filteredOn(q -> q.kind() == QuoteKind.DIRECT).isEmpty();
  }

  @Test
  void aNameAndAVerbNoListHoldsAfterTheQuoteAreItsCue() {
    String body = "“Tôi tin rằng con đường này sẽ mang tên ông ấy trong vài năm tới”, Rowin tự tin.";

    assertThat(SeedQuotes.EXTRACTOR.extract(body)).singleElement().satisfies(quote -> {
      assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
      assertThat(quote.speaker()).isEqualTo("Rowin");
    });
  }

  @Test
  void aVietnameseVerbThatTakesAClauseNeedsNoComma() {
    String body = "Trang Techcrunch cho biết khoảng 540.000 hồ sơ người dùng đã bị tin tặc đánh cắp.";

    assertThat(SeedQuotes.EXTRACTOR.extract(body)).singleElement().satisfies(quote -> {
      assertThat(quote.kind()).isEqualTo(QuoteKind.REPORTED);
      assertThat(quote.speaker()).isEqualTo("Trang Techcrunch");
      assertThat(quote.text()).startsWith("khoảng 540.000 hồ sơ");
    });
  }

  @Test
  void anAuxiliaryBeforeSaidKeepsTheNameAndItsApposition() {
    String body = "Mike Coupe, the chief executive of Sainsbury's, has said the outlets will look increasingly like department stores.";

    assertThat(SeedQuotes.EXTRACTOR.extract(body)).singleElement().satisfies(quote -> {
      assertThat(quote.speaker()).isEqualTo("Mike Coupe");
      assertThat(quote.role()).isEqualTo("chief executive of Sainsbury's");
      assertThat(quote.text()).startsWith("the outlets will look");
    });
  }

  @Test
  void aNewsSiteThatReportedAQuoteIsItsSpeakerInBothLanguages() {
    String en = "\"Rainfall totals of 3 to 6 inches are expected from Baja California into northwestern Sonora,\" "
        + "weather.com reported.";
    String vi = "Theo Weather.com đưa tin “Tổng lượng mưa ước tính từ 3 đến 6 inch từ Baja California tới phía tây bắc Sonora.”";

    assertThat(SeedQuotes.EXTRACTOR.extract(en)).filteredOn(q -> q.kind() == QuoteKind.DIRECT).singleElement()
        .satisfies(quote -> assertThat(quote.speaker()).isEqualTo("weather.com"));
    assertThat(SeedQuotes.EXTRACTOR.extract(vi)).filteredOn(q -> q.kind() == QuoteKind.DIRECT).singleElement()
        .satisfies(quote -> assertThat(quote.speaker()).isEqualTo("Weather.com"));
  }

  @Test
  void aTitleAfterTheoAndAVerbIsNoQuote() {
    String body = "Theo Bộ Văn hóa cho biết, bộ phim “Mắt Biếc” đã được công chiếu tại 12 quốc gia.";

    assertThat(SeedQuotes.EXTRACTOR.extract(body)).filteredOn(q -> q.kind() == QuoteKind.DIRECT).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "\"We will rebuild every school before winter,\" Marta Quist vowed on Monday.",
      "\"We will rebuild every school before winter,\" Marta Quist tweeted on Monday.",
      "“Chúng tôi sẽ xây lại mọi trường học trước mùa đông”, ông Hà Minh Đức cam kết.",
  })
  void verbsOfPromisingAndPostingAreCues(String body) {
    assertThat(SeedQuotes.EXTRACTOR.extract(body)).filteredOn(q -> q.kind() == QuoteKind.DIRECT).singleElement()
        .satisfies(quote -> assertThat(quote.speaker()).isIn("Marta Quist", "Hà Minh Đức"));
  }
}
