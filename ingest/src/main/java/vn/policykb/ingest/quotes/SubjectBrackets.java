package vn.policykb.ingest.quotes;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.policykb.kb.LookupKey;

/**
 * What a bracket after a speaker's name says of the person: a role ({@code (nguyên Tư lệnh Quân
 * khu 9)}, {@code (tài xế taxi)}), or a home, an age, a place ({@code (quê Bến Tre)},
 * {@code (70 tuổi)}, {@code (Thái Bình)}), which are no role; an abbreviation stays with the name
 * it abbreviates ({@code Uỷ ban Bầu cử Indonesia (KPU)}).
 */
final class SubjectBrackets {

  private static final Pattern WHOLE = Pattern.compile("\\s*\\(([^()]{2,120})\\)\\s*");
  private static final Pattern TRAILING = Pattern.compile("\\s*\\(([^()]{2,120})\\)\\s*$");
  /** First words of a bracket that tells where someone is from or how old; folded. */
  private static final Set<String> NOT_ROLE_STARTS = Set.of("que", "tp", "tinh", "huyen", "xa", "phuong", "quan",
      "q", "p", "thon", "ap", "ban", "khu", "to", "duong", "so", "o", "tai", "tru", "ngu", "sn", "sinh", "from", "age", "aged");

  private SubjectBrackets() {}

  /** The words of the bracket that is all of {@code text}, or null. */
  static String whole(String text) {
    Matcher m = WHOLE.matcher(text);
    return m.matches() ? m.group(1) : null;
  }

  /**
   * Where the bracket that ends a subject begins, or -1: none, or one of capitalized words only,
   * which a name as written keeps ({@code (KPU)}).
   */
  static int trailingStart(String subject) {
    Matcher m = TRAILING.matcher(subject);
    return m.find() && m.start() > 0 && !namesOnly(m.group(1)) ? m.start() : -1;
  }

  /**
   * A bracket's words, as {@link #whole} gives them, as the role of the person before it; null for
   * a home, an age, a place.
   */
  static String role(String bracket) {
    String inside = bracket.strip();
    String[] words = inside.split("\\s+");
    if (words[0].isEmpty() || Character.isDigit(words[0].codePointAt(0)) || NOT_ROLE_STARTS.contains(LookupKey.of(words[0]))
        || SpeakerNames.isClause(inside) || namesOnly(inside)) {
      return null;
    }
    return SpeakerNames.role(List.of(words));
  }

  /** Whether every bracket the subject opens it closes: a subject cut inside a bracket is a fragment. */
  static boolean balanced(String subject) {
    int depth = 0;
    for (int i = 0; i < subject.length(); i++) {
      char c = subject.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /** Capitalized words only, not opening with a title ({@code (Phó giám đốc Sở Y tế)} is a role). */
  private static boolean namesOnly(String bracket) {
    String[] words = bracket.strip().split("[\\s,]+");
    for (String word : words) {
      if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
    }
    return !SpeakerResolver.isTitleWord(words[0]);
  }
}
