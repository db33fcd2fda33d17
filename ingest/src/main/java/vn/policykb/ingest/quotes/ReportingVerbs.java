package vn.policykb.ingest.quotes;

import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/** The verbs that introduce what someone said, in English and in Vietnamese. */
final class ReportingVerbs {

  /** Verbs a direct quote may be attributed with. */
  static final List<String> ENGLISH = List.of(
      "said", "says", "say", "added", "adds", "stated", "noted", "stressed", "told", "explained", "asked", "continued",
      "insisted", "remarked", "wrote", "declared", "warned", "affirmed", "emphasised", "emphasized", "underlined",
      "underscored", "concluded", "recalled", "observed", "acknowledged", "admitted", "argued", "commented",
      "announced", "replied", "answered", "reiterated", "reaffirmed", "highlighted", "pointed out", "revealed",
      "confirmed", "asserted", "suggested", "urged", "believes", "believed", "proposed", "shared", "requested",
      "reported", "reports", "vowed", "pledged", "promised", "claimed", "predicted", "cautioned", "conceded",
      "complained", "joked", "quipped", "recounted", "countered", "responded", "testified", "tweeted",
      "posted", "estimated", "lamented", "agreed", "boasted", "tells", "writes", "notes", "explains", "argues",
      "warns", "insists", "recalls", "admits", "asks", "adding", "saying", "laughed", "laughs", "shouted", "shouts",
      "yelled", "exclaimed", "chuckled", "sighed", "mused", "wondered", "weighed in", "believe", "argue", "predict",
      "suggest", "claim", "insist", "warn", "estimate");

  static final List<String> VIETNAMESE = List.of(
      "cho biết", "nói", "khẳng định", "nhấn mạnh", "phát biểu", "đề nghị", "yêu cầu", "chia sẻ", "cho hay",
      "tuyên bố", "bày tỏ", "thông tin", "giải thích", "cảnh báo", "nhận định", "trả lời", "viết", "lưu ý",
      "thừa nhận", "tiết lộ", "nêu rõ", "bổ sung", "kết luận", "kể", "khuyến cáo", "nhận xét", "kêu gọi",
      "nhắc lại", "tâm sự", "chỉ rõ", "cho rằng", "lý giải", "phân tích", "đánh giá", "hy vọng", "mong muốn",
      "nhấn mạnh thêm", "cho biết thêm", "nói thêm", "chỉ đạo", "quả quyết", "thông báo", "trấn an", "khuyên",
      "thổ lộ", "phàn nàn", "than thở", "giãi bày", "bộc bạch", "xác nhận", "lập luận", "nêu", "dự đoán", "dự báo",
      "phản ánh", "nêu lên", "đưa tin", "cam kết", "hứa", "ước tính", "khuyến nghị", "phản bác", "bác bỏ",
      "kể lại", "than phiền", "trình bày", "tái khẳng định", "viết trên", "bình luận", "nhớ lại", "thốt lên",
      "khăng khăng");

  private ReportingVerbs() {}

  /**
   * Whether the text has a word that starts one of these verbs or phrases, in any case: a quick
   * test before the costly patterns that need one.
   */
  static boolean anyStarts(String text, Set<String> firstWords) {
    int length = text.length();
    int i = 0;
    while (i < length) {
      while (i < length && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < length && (Character.isLetter(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
        i++;
      }
      if (i > start && firstWords.contains(text.substring(start, i).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The first words of the verbs and phrases, in lower case. */
  static Set<String> firstWords(List<String> phrases) {
    Set<String> words = new java.util.HashSet<>();
    for (String phrase : phrases) {
      words.add(phrase.split(" ")[0].toLowerCase(java.util.Locale.ROOT));
    }
    return Set.copyOf(words);
  }

  /** The last words of the verbs and phrases, in lower case, and these further words. */
  static Set<String> lastWords(List<String> phrases, String... more) {
    Set<String> words = new java.util.HashSet<>(List.of(more));
    for (String phrase : phrases) {
      String[] parts = phrase.split(" ");
      words.add(parts[parts.length - 1].toLowerCase(java.util.Locale.ROOT));
    }
    return Set.copyOf(words);
  }

  /**
   * An alternation of the verbs as whole words, written as a tree of their letters
   * ({@code s(?:a(?:id|ys)|tated)}): the patterns try it at every place a subject may end, and a
   * flat list of a hundred verbs would be tried one by one each time. A verb that is the start of a
   * longer one ({@code nói}, {@code nói thêm}) matches the longer first.
   */
  static String alternation(List<String> verbs) {
    Node root = new Node();
    for (String verb : verbs) {
      Node node = root;
      for (char c : verb.toLowerCase(Locale.ROOT).toCharArray()) {
        node = node.children.computeIfAbsent(c, k -> new Node());
      }
      node.end = true;
    }
    StringBuilder out = new StringBuilder("(?<![\\p{L}\\p{M}])");
    root.write(out);
    return out.append("(?![\\p{L}\\p{M}])").toString();
  }

  /** A letter tree of the verbs. */
  private static final class Node {
    final Map<Character, Node> children = new TreeMap<>();
    boolean end;

    void write(StringBuilder out) {
      if (children.isEmpty()) {
        return;
      }
      boolean group = children.size() > 1 || end;
      if (group) {
        out.append("(?:");
      }
      boolean first = true;
      for (Map.Entry<Character, Node> child : children.entrySet()) {
        if (!first) {
          out.append('|');
        }
        first = false;
        char c = child.getKey();
        out.append(c == ' ' ? "\\s+" : Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
        child.getValue().write(out);
      }
      if (group) {
        out.append(end ? ")?" : ")");
      }
    }
  }
}
