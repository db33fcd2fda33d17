package vn.policykb.ingest.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  private static List<String> sentences(String text) {
    return Sentences.of(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void titlesInitialsAndAShortenedNameBeforeASmallLetterDoNotEndASentence() {
    assertThat(sentences("Theo TS. Lê Văn B., đây là bước tiến. Dr. Smith met J. Smith in TP. HCM. "
        + "Đốt vợ xong, anh Th. ôm con bỏ đi."))
        .containsExactly("Theo TS. Lê Văn B., đây là bước tiến.", "Dr. Smith met J. Smith in TP. HCM.",
            "Đốt vợ xong, anh Th. ôm con bỏ đi.");
  }

  @Test
  void anEllipsisEndsASentenceBeforeACapitalOnlyAndALineBreakAlways() {
    assertThat(sentences("Xe BKS 30 E… màu đen đỗ lại… Theo công an, tàu Hùng Long. Ngày 17/7\nhọ về"))
        .containsExactly("Xe BKS 30 E… màu đen đỗ lại…", "Theo công an, tàu Hùng Long.", "Ngày 17/7", "họ về");
    assertThat(Sentences.of("Một.\n\nHai. Ba.\nBốn")).extracting(Sentences.Sentence::paragraph)
        .containsExactly(0, 1, 1, 2);
  }

  @Test
  void theSentenceAroundAPlaceEndsAtItsMarkAndStartsAfterThePreviousOne() {
    String text = "Ông A. nói vậy. Bà B nói: \"Tốt lắm.\" Rồi về";
    int open = text.indexOf('"');
    assertThat(text.substring(Sentences.startBefore(text, open), open)).isEqualTo("Bà B nói: ");
    assertThat(text.substring(open + 1, Sentences.endFrom(text, open + 1))).isEqualTo("Tốt lắm");
    String runOn = "một hai ba; ".repeat(1_000);
    assertThat(Sentences.endFrom(runOn, 0)).isEqualTo(Sentences.MAX_REACH);
    assertThat(Sentences.startBefore(runOn, runOn.length())).isEqualTo(runOn.length() - Sentences.MAX_REACH);
  }

  @Test
  void anAbbreviationWithInnerPeriodsDoesNotEndASentenceButAnInitialCapitalStillCan() {
    assertThat(sentences("He spoke at the U.N. General Assembly on Saturday. The U.S. Senate met at 9 a.m. Monday. "
        + "Ông đến Mỹ. Hôm sau ông về."))
        .containsExactly("He spoke at the U.N. General Assembly on Saturday.", "The U.S. Senate met at 9 a.m. Monday.",
            "Ông đến Mỹ.", "Hôm sau ông về.");
  }
}
