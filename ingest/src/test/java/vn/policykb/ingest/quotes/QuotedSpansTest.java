package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedSpansTest {

  private static List<String> quoted(String text) {
    return QuotedSpans.find(text).stream().map(s -> text.substring(s.open() + 1, s.close())).toList();
  }

  @Test
  void aQuoteOverLinesThatDoNotOpenAgainEndsAtItsClosingMark() {
    String text = "\"We were going to war.\nMillions would have been killed.\nNow we have this relationship.\"\nNext line.";

    assertThat(quoted(text)).containsExactly(
        "We were going to war.\nMillions would have been killed.\nNow we have this relationship.");
  }

  @Test
  void aLineThatOpensAQuoteOfItsOwnEndsTheUnclosedOne() {
    String text = "He said “it is over\nShe said “no” and left.";

    assertThat(quoted(text)).containsExactly("no");
  }

  @Test
  void singleMarksQuoteButApostrophesDoNot() {
    String text = "Inspector Brian O'Hagan said: 'The investigation is in the early stages.' Dragons' Den went on.";

    assertThat(quoted(text)).containsExactly("The investigation is in the early stages.");
  }

  @Test
  void guillemetsQuote() {
    assertThat(quoted("Ông nói: «Chúng tôi sẽ làm.»")).containsExactly("Chúng tôi sẽ làm.");
  }
}
