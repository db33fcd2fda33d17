package vn.policykb.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BodyHintTest {

  private static final String FIRST = "Bộ Tài chính vừa công bố dự thảo nghị định về thuế thu nhập cá nhân với nhiều điểm mới "
      + "đáng chú ý cho người làm công ăn lương và hộ kinh doanh.";
  private static final String SECOND = "Theo dự thảo, mức giảm trừ gia cảnh cho bản thân người nộp thuế được nâng lên và biểu "
      + "thuế lũy tiến được rút gọn từ bảy bậc xuống còn năm bậc.";
  private static final String THIRD = "Cơ quan soạn thảo cho biết các thay đổi nhằm giảm gánh nặng cho người có thu nhập thấp "
      + "và trung bình trong bối cảnh giá cả tăng cao.";

  private final Document page = Jsoup.parse("<div id=whole><div id=part><p>" + FIRST + "</p><p>" + SECOND + "</p></div>"
      + "<div id=rest><p>" + THIRD + "</p></div></div>");
  private final List<TextBlock> blocks = TextBlocks.of(page.body());
  private final Element whole = page.getElementById("whole");
  private final Element part = page.getElementById("part");

  @Test
  void movesToTheRegionThatHoldsTheDeclaredBody() {
    BodyHint hint = BodyHint.of(FIRST + " " + SECOND + " " + THIRD);
    assertThat(hint.choose(part, List.of(part, whole), blocks)).isSameAs(whole);
  }

  @Test
  void keepsTheScoredRegionWhenTheDeclaredBodyIsAnExcerpt() {
    BodyHint hint = BodyHint.of(FIRST + " " + SECOND);
    assertThat(hint.choose(whole, List.of(part, whole), blocks)).isSameAs(whole);
  }

  @Test
  void aShortDeclaredBodyIsNoHint() {
    assertThat(BodyHint.of("Bộ Tài chính công bố dự thảo.")).isNull();
    assertThat(BodyHint.of(null)).isNull();
  }
}
