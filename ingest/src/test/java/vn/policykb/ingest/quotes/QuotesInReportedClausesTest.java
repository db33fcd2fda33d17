package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;

/**
 * A quote that ends a clause its cue reports ({@code Trump said that Kavanaugh has "…"}) is a
 * partial quote, and the clause around it a reported statement of the same speaker; a quote the
 * cue opens whole, or after an adverb only, is the sentence's one quote.
 */
class QuotesInReportedClausesTest {

  private static List<Quote> of(String body, QuoteKind kind) {
    return SeedQuotes.EXTRACTOR.extract(body).stream().filter(q -> q.kind() == kind).toList();
  }

  @Test
  void aQuoteAfterTheSubjectAndVerbOfAReportedClauseLeavesTheClauseToAReportedStatement() {
    String body = "Trump said that Kavanaugh has \"suffered the meanness, the anger\" of the Democratic Party throughout "
        + "his nomination.";

    assertThat(of(body, QuoteKind.DIRECT)).singleElement().satisfies(quote -> {
      assertThat(quote.text()).isEqualTo("suffered the meanness, the anger");
      assertThat(quote.speaker()).isEqualTo("Trump");
    });
    assertThat(of(body, QuoteKind.REPORTED)).singleElement().satisfies(quote -> {
      assertThat(quote.text()).startsWith("Kavanaugh has");
      assertThat(quote.speaker()).isEqualTo("Trump");
    });
  }

  @Test
  void aVietnameseClauseBeforeTheQuoteIsReportedToo() {
    String body = "Một Đại biểu Đảng Lao động nói rằng Đảng của ông lo rằng “cụm từ sẽ vần với Twp và Pwp.”";

    assertThat(of(body, QuoteKind.DIRECT)).extracting(Quote::text).containsExactly("cụm từ sẽ vần với Twp và Pwp.");
    assertThat(of(body, QuoteKind.REPORTED)).singleElement()
        .satisfies(quote -> assertThat(quote.text()).startsWith("Đảng của ông lo rằng"));
  }

  @Test
  void aQuoteAfterTheVerbAndAnAdverbOnlyIsTheSentencesOneQuote() {
    String body = "Ông Adams nói rằng ngày nay “Con người có nhiều cách để quảng giao.”";

    assertThat(of(body, QuoteKind.DIRECT)).extracting(Quote::speaker).containsExactly("Adams");
    assertThat(of(body, QuoteKind.REPORTED)).isEmpty();
  }

  @Test
  void aClauseThatOnlyNamesWhatItQuotesIsNoReportedStatement() {
    // "đây là “…”": the clause says nothing besides the quoted words
    assertThat(of("Ông Trần Văn Bình cho rằng đây là “bước đột phá của ngành”.", QuoteKind.REPORTED)).isEmpty();
    assertThat(ReportedStatements.saysMoreThanItsQuotes("đây là “bước đột phá của ngành”")).isFalse();
    assertThat(ReportedStatements.saysMoreThanItsQuotes("Kavanaugh has \"suffered the meanness\" of the party")).isTrue();
  }

  @Test
  void aOneWordPredicateInQuoteMarksAndThePartJoinedToItAreTheSpeakersWords() {
    String en = "On Friday morning, LSU basketball coach Will Wade said the team is \"devastated\" and \"in shock\" by "
        + "Wayde's death.";
    String vi = "Vào sáng thứ Sáu, huấn luyện viên bóng rổ LSU Will Wade cho biết đội bóng bị “hụt hẫng” và “choáng váng” "
        + "trước cái chết của Wayde.";

    for (String body : List.of(en, vi)) {
      assertThat(of(body, QuoteKind.DIRECT)).hasSize(2).allSatisfy(quote -> assertThat(quote.speaker()).endsWith("Will Wade"));
    }
  }

  @Test
  void aOneWordTermInQuoteMarksIsNoQuote() {
    String body = "Minister Jane Holt said that the \"incubators\" would open in every province next year.";

    assertThat(of(body, QuoteKind.DIRECT)).isEmpty();
  }
}
