package vn.policykb.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TypingTest {

  @Test
  void asPublishedKeepsTheText() {
    assertThat(Typing.AS_PUBLISHED.apply("Thanh Hoá")).isEqualTo("Thanh Hoá");
  }

  @Test
  void unaccentedDropsEveryMarkAndCase() {
    assertThat(Typing.UNACCENTED.apply("Đường phố Hà Nội, Tô Lâm")).isEqualTo("duong pho ha noi, to lam");
  }

  @Test
  void otherToneStyleMovesTheMarkBetweenTheTwoVowels() {
    assertThat(nfc(Typing.OTHER_TONE_STYLE_DECOMPOSED.apply("Thanh Hoá hoà bình"))).isEqualTo("Thanh Hóa hòa bình");
    assertThat(nfc(Typing.OTHER_TONE_STYLE_DECOMPOSED.apply("thủy điện, khỏe"))).isEqualTo("thuỷ điện, khoẻ");
  }

  @Test
  void otherToneStyleLeavesClosedSyllablesAndQuAlone() {
    assertThat(nfc(Typing.OTHER_TONE_STYLE_DECOMPOSED.apply("quý hoàng toán"))).isEqualTo("quý hoàng toán");
  }

  @Test
  void otherToneStyleIsDecomposed() {
    String typed = Typing.OTHER_TONE_STYLE_DECOMPOSED.apply("Việt");
    assertThat(typed).isNotEqualTo("Việt").isEqualTo(Normalizer.normalize("Việt", Normalizer.Form.NFD));
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
