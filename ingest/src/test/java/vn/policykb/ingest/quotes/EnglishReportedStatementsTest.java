package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykb.index.Quote;
import vn.policykb.index.QuoteKind;

/**
 * The shapes English news gives a statement reported without quote marks beyond "X said that …":
 * a place or an addressee after a trailing verb, a clause without "that", a subject that did
 * something and said something, a second clause after "but".
 */
class EnglishReportedStatementsTest {

  private static List<Quote> reported(String body) {
    return SeedQuotes.EXTRACTOR.extract(body).stream().filter(q -> q.kind() == QuoteKind.REPORTED).toList();
  }

  @Test
  void aPlaceOrAnInterviewAfterATrailingVerbEndsTheAttribution() {
    String place = "The number of new infections has fallen to almost zero, health officials said at a conference in the capital.";
    String interview = "Doubling the budget could double the chances of a breakthrough, Lee told CNBC in an interview this week.";

    assertThat(reported(place)).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("health officials");
      assertThat(q.text()).isEqualTo("The number of new infections has fallen to almost zero");
    });
    assertThat(reported(interview)).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Lee");
      assertThat(q.text()).startsWith("Doubling the budget");
    });
  }

  @Test
  void anAppositionMayFollowTheNameAfterAnInvertedVerb() {
    String body = "The country should double what it spends on research in the field, says investor Kai-Fu Lee, who has "
        + "worked for Google and Microsoft.";

    assertThat(reported(body)).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Kai-Fu Lee");
      assertThat(q.text()).isEqualTo("The country should double what it spends on research in the field");
    });
  }

  @Test
  void aVerbThatTakesAClauseNeedsNoThat() {
    String clause = "A police spokesman has confirmed the woman whose body was found is local to the town.";
    String object = "The minister confirmed the appointment of three deputies on Friday.";
    String plural = "Some analysts believe that the court is unlikely to rule in the country's favour.";

    assertThat(reported(clause)).singleElement().satisfies(q -> {
      assertThat(q.speaker()).contains("police spokesman");
      assertThat(q.text()).isEqualTo("the woman whose body was found is local to the town");
    });
    assertThat(reported(object)).isEmpty();
    assertThat(reported(plural)).singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("the court is unlikely to rule in the country's favour"));
  }

  @Test
  void aSubjectThatDidSomethingAndSaidSomething() {
    String and = "Pompeo met Ri on the sidelines of the assembly and said afterwards that he would visit Pyongyang again.";
    String saying = "The Harris County Coroner's Office released a preliminary report on Friday, saying the cause of death was a gunshot wound.";

    assertThat(reported(and)).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Pompeo");
      assertThat(q.text()).isEqualTo("he would visit Pyongyang again");
    });
    assertThat(reported(saying)).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Harris County Coroner's Office");
      assertThat(q.text()).isEqualTo("the cause of death was a gunshot wound");
    });
  }

  @Test
  void aSubjectAfterButBeginsAClauseOfItsOwn() {
    String body = "North Korea has sought a formal end to the war, but the United States has said Pyongyang must give up "
        + "its weapons first.";

    assertThat(reported(body)).singleElement().satisfies(q -> {
      assertThat(q.speaker()).endsWith("United States");
      assertThat(q.text()).isEqualTo("Pyongyang must give up its weapons first");
    });
  }

  @Test
  void reportingToSomeoneSaysNothing() {
    String body = "After the adviser left, it was Morrison who took over the office, and Vindman reported to him.";

    assertThat(reported(body)).isEmpty();
  }
}
