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
  void aStrayStraightMarkThatCanOnlyCloseOpensNothing() {
    // its opening mark lost: without the rule, every pair after it would be out of step
    String text = "Còn 110 công trình chưa được nghiệm thu về PCCC \"- tướng Việt nói. \" Các toà nhà cao tầng xe thang "
        + "không với tới được \" - ông Thanh đề nghị. \" Khi đã dùng máy bay thì phải có hoá chất... \", ông Tỵ nói.";

    assertThat(quoted(text)).containsExactly(" Các toà nhà cao tầng xe thang không với tới được ",
        " Khi đã dùng máy bay thì phải có hoá chất... ");
  }

  @Test
  void anEllipsisAfterAStraightMarkOpensTheQuote() {
    assertThat(quoted("Ông viết rằng: \"... Tôi quyết định trở về Việt Nam \".")).containsExactly("... Tôi quyết định trở về Việt Nam ");
  }

  @Test
  void guillemetsQuote() {
    assertThat(quoted("Ông nói: «Chúng tôi sẽ làm.»")).containsExactly("Chúng tôi sẽ làm.");
  }

  @Test
  void marksTypedMixedCloseAgainstTheWordBeforeThemButANestedStraightPairStaysInside() {
    assertThat(quoted("Ông Trump cho biết ông Kavanaugh “chịu đựng sự ích kỷ, tức giận\" của Đảng Dân chủ.\n"
        + "Ông Minh lý giải, việc thu phí đều \"trên tinh thần tự nguyện” và dựa trên quy ước của làng."))
        .containsExactly("chịu đựng sự ích kỷ, tức giận", "trên tinh thần tự nguyện");
    assertThat(quoted("Bà nói: “Cháu cứ gọi \"bà ngoại\" là được”, rồi cười."))
        .containsExactly("Cháu cứ gọi \"bà ngoại\" là được");
  }

  @Test
  void aStraightQuoteOverLinesClosesWithACurlyMarkAtItsEnd() {
    String text = "\"Chúng ta sẽ gây chiến với Triều Tiên.\nHàng triệu người có thể sẽ bị giết.\n"
        + "Bây giờ chúng tôi đang trong mối quan hệ tốt đẹp này.”\nÔng nói rằng nhiều người không tin.";

    assertThat(quoted(text)).containsExactly("Chúng ta sẽ gây chiến với Triều Tiên.\nHàng triệu người có thể sẽ bị giết.\n"
        + "Bây giờ chúng tôi đang trong mối quan hệ tốt đẹp này.");
  }
}
