package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;

/**
 * What the press reported, as the sentence ends ({@code …, local press reported.}, {@code …, the
 * Post reported Sunday.}) or begins ({@code Còn theo Fox News, …}), and where a plan, not a
 * source, follows {@code theo}.
 */
class ReportedByThePressTest {

  private static List<Quote> reported(String body) {
    return SeedQuotes.EXTRACTOR.extract(body).stream().filter(q -> q.kind() == QuoteKind.REPORTED).toList();
  }

  @Test
  void aTrailingReportedWithADayAfterItNamesTheNewspaper() {
    assertThat(reported("Fourteen people received treatment for minor injuries in the protests, local press reported."))
        .singleElement().satisfies(quote -> {
          assertThat(quote.speaker()).isEqualTo("local press");
          assertThat(quote.text()).startsWith("Fourteen people received treatment");
        });
    assertThat(reported("The farmer was found dead near a sty at the market, the South China Morning Post reported Sunday."))
        .singleElement().satisfies(quote -> assertThat(quote.speaker()).endsWith("South China Morning Post"));
  }

  @Test
  void aConjunctionBeforeTheoLeavesTheSourceItNames() {
    assertThat(reported("Còn theo Fox News, chỉ khi nào 75% cư dân xung quanh đồng ý thì ý tưởng mới trở thành sự thật."))
        .singleElement().satisfies(quote -> {
          assertThat(quote.speaker()).isEqualTo("Fox News");
          assertThat(quote.text()).startsWith("chỉ khi nào 75% cư dân");
        });
  }

  @Test
  void aRuleAfterTheoAndAReportThatIsTheSubjectAreNoSource() {
    assertThat(reported("Còn theo quy định, mọi hộ dân phải đóng phí trước ngày 30/6.")).isEmpty();
    assertThat(reported("The report was filed on Monday and the police reports were sealed.")).isEmpty();
  }

  @Test
  void reportsAfterAccordingToIsTheSourcesNounNotAVerb() {
    assertThat(reported("A farmer was attacked and killed by a pig in a market in southwest China, according to local media "
        + "reports.")).singleElement().satisfies(quote -> assertThat(quote.speaker()).doesNotStartWith("according"));
  }

  @Test
  void whomSomethingWasToldIsNoSpeaker() {
    assertThat(reported("Residents are now being told it will be hours until they are allowed back in.")).isEmpty();
  }
}
