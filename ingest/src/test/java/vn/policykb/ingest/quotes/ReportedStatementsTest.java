package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;

class ReportedStatementsTest {

  private static final String BODY = "Tổng Bí thư Tô Lâm nhấn mạnh rằng kinh tế tư nhân là động lực quan trọng nhất của nền kinh tế.";

  @Test
  void aReportingVerbWithoutQuoteMarksMakesAReportedStatement() {
    List<Quote> quotes = find(BODY, new CoveredRanges());

    assertThat(quotes).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(QuoteKind.REPORTED);
      assertThat(q.speakerId()).isEqualTo("to-lam");
      assertThat(q.text()).isEqualTo("kinh tế tư nhân là động lực quan trọng nhất của nền kinh tế");
    });
  }

  @Test
  void aSentenceADirectQuoteCoversHoldsNone() {
    CoveredRanges covered = new CoveredRanges();
    covered.add(0, 10);

    assertThat(find(BODY, covered)).isEmpty();
  }

  private static List<Quote> find(String body, CoveredRanges covered) {
    return ReportedStatements.find(body, new SpeakerResolver(body, SeedQuotes.PEOPLE.mentions(body)), covered);
  }
}
