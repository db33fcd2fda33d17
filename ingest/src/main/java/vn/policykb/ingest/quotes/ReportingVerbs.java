package vn.policykb.ingest.quotes;

import java.util.List;
import java.util.regex.Pattern;

/** The verbs that introduce what someone said, in English and in Vietnamese. */
final class ReportingVerbs {

  /** Verbs a direct quote may be attributed with. */
  static final List<String> ENGLISH = List.of(
      "said", "says", "added", "adds", "stated", "noted", "stressed", "told", "explained", "asked", "continued",
      "insisted", "remarked", "wrote", "declared", "warned", "affirmed", "emphasised", "emphasized", "underlined",
      "underscored", "concluded", "recalled", "observed", "acknowledged", "admitted", "argued", "commented",
      "announced", "replied", "answered", "reiterated", "reaffirmed", "highlighted", "pointed out", "revealed",
      "confirmed", "asserted", "suggested", "urged", "believes", "believed", "proposed", "shared", "requested");

  static final List<String> VIETNAMESE = List.of(
      "cho biết", "nói", "khẳng định", "nhấn mạnh", "phát biểu", "đề nghị", "yêu cầu", "chia sẻ", "cho hay",
      "tuyên bố", "bày tỏ", "thông tin", "giải thích", "cảnh báo", "nhận định", "trả lời", "viết", "lưu ý",
      "thừa nhận", "tiết lộ", "nêu rõ", "bổ sung", "kết luận", "kể", "khuyến cáo", "nhận xét", "kêu gọi",
      "nhắc lại", "tâm sự", "chỉ rõ", "cho rằng", "lý giải", "phân tích", "đánh giá", "hy vọng", "mong muốn",
      "nhấn mạnh thêm", "cho biết thêm", "nói thêm", "chỉ đạo", "quả quyết", "thông báo", "trấn an", "khuyên",
      "thổ lộ", "phàn nàn", "than thở", "giãi bày", "bộc bạch", "xác nhận", "lập luận", "nêu");

  private ReportingVerbs() {}

  /** An alternation of the verbs, longest first, as whole words. */
  static String alternation(List<String> verbs) {
    StringBuilder alternation = new StringBuilder("(?<![\\p{L}\\p{M}])(?:");
    List<String> sorted = verbs.stream().sorted((a, b) -> b.length() - a.length()).toList();
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0) {
        alternation.append('|');
      }
      alternation.append(Pattern.quote(sorted.get(i)).replace(" ", "\\E\\s+\\Q"));
    }
    return alternation.append(")(?![\\p{L}\\p{M}])").toString();
  }
}
