package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quotes found in the five bundled articles against the hand-annotated fixture. */
class SeedQuotesPrecisionRecallTest {

  private static QuoteScore score;

  @BeforeAll
  static void scoreSeeds() throws IOException {
    QuoteTruth truth = SeedQuotes.truth();
    score = new QuoteScore();
    for (Map.Entry<String, List<QuoteTruth.Expected>> article : truth.articles().entrySet()) {
      score.add(article.getKey(), SeedQuotes.quotes(article.getKey()), article.getValue(), truth.annotated());
    }
  }

  @Test
  void directQuotesAreFoundWithTheirSpeakers() {
    QuoteScore.Counts direct = score.counts(QuoteKind.DIRECT);
    assertThat(direct.precision()).as(report()).isGreaterThanOrEqualTo(0.95);
    assertThat(direct.recall()).as(report()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void reportedStatementsAreFoundWithTheirSpeakers() {
    QuoteScore.Counts reported = score.counts(QuoteKind.REPORTED);
    assertThat(reported.precision()).as(report()).isGreaterThanOrEqualTo(0.95);
    assertThat(reported.recall()).as(report()).isGreaterThanOrEqualTo(0.85);
  }

  private static String report() {
    return "missed: " + String.join("\n  ", score.misses()) + "\nwrongly found: " + String.join("\n  ", score.falseFinds());
  }
}
