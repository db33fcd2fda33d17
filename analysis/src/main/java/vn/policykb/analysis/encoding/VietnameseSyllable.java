package vn.policykb.analysis.encoding;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.policykb.analysis.TextNormalization;

/**
 * Whether a word is a well-formed Vietnamese syllable: an optional initial consonant, a vowel
 * nucleus (with its glides) carrying at most one tone mark, and an optional final consonant.
 *
 * <p>This is the yardstick for every encoding decision in the package: text decoded with the
 * right table is almost entirely made of such syllables, text decoded with a wrong one almost
 * never is. It checks spelling, not the dictionary, so it accepts some syllables no one uses and
 * many short English words ({@code an}, {@code to}, {@code the}); callers compare counts rather than
 * trusting single words.
 */
public final class VietnameseSyllable {

  /** Every split of a word into initial and rime is tried, so the order here does not matter. */
  private static final List<String> INITIALS = List.of("", "b", "c", "ch", "d", "đ", "g", "gh", "gi",
      "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr",
      "v", "x");

  /**
   * Each vowel nucleus (toneless) and what may follow it: {@code _} for nothing, a final consonant,
   * or a final glide ({@code i o u y}, and {@code a} of {@code ia ua ưa}).
   */
  private static final String RIME_TABLE = """
      a    _ c ch m n ng nh p t i o u y
      ă    c m n ng p t
      â    c m n ng p t u y
      e    _ c m n ng p t o
      ê    _ ch m n ng nh p t u
      i    _ a ch m n nh p t u
      iê   c m n ng p t u
      o    _ c m n ng p t i
      oo   c ng
      ô    _ c m n ng p t i
      ơ    _ m n p t i
      u    _ a c i m n ng p t
      ư    _ a c i m n ng t u
      uâ   n ng t y
      uê   _ ch n nh t
      uô   c m n ng t i
      uơ   _
      ươ   c i m n ng p t u
      uy   _ a ch n nh p t u
      uyê  n t
      y    _
      yê   m n ng t u
      oa   _ c ch i m n ng nh p t y o
      oă   c m n ng t
      oe   _ n t o
      """;

  private static final Set<String> RIMES = buildRimes();

  private static final int ACUTE = 2;
  private static final int DOT_BELOW = 5;
  private static final int LONGEST = 8;

  private VietnameseSyllable() {}

  /** Whether {@code word} (any case, composed or not) is one well-formed Vietnamese syllable. */
  public static boolean isValid(CharSequence word) {
    if (word.isEmpty() || word.length() > 3 * LONGEST) {
      return false;
    }
    String lower = TextNormalization.nfc(word).toLowerCase(Locale.ROOT);
    if (lower.length() > LONGEST) {
      return false;
    }
    StringBuilder bare = new StringBuilder(lower.length());
    int tone = 0;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      char toneless = VietnameseLetters.toneless(c);
      if (toneless == 0) {
        return false;
      }
      int t = VietnameseLetters.tone(c);
      if (t != 0) {
        if (tone != 0) {
          return false;
        }
        tone = t;
      }
      bare.append(toneless);
    }
    String letters = bare.toString();
    for (String initial : INITIALS) {
      if (letters.startsWith(initial)) {
        String rime = letters.substring(initial.length());
        if (RIMES.contains(rime) && spelledRight(initial, rime) && toneFits(rime, tone)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Vietnamese spelling picks k/gh/ngh before front vowels and c/g/ng elsewhere. */
  private static boolean spelledRight(String initial, String rime) {
    char first = rime.charAt(0);
    boolean front = first == 'e' || first == 'ê' || first == 'i' || first == 'y';
    return switch (initial) {
      case "k", "gh", "ngh" -> front;
      case "c", "ng" -> !front;
      case "g" -> first != 'e' && first != 'ê' && first != 'y';
      case "gi" -> first != 'i';
      case "qu" -> first != 'u' && first != 'ư';
      default -> true;
    };
  }

  /** A syllable closed by a stop (c ch p t) takes only the acute or the dot below. */
  private static boolean toneFits(String rime, int tone) {
    boolean stop = rime.endsWith("c") || rime.endsWith("ch") || rime.endsWith("p") || rime.endsWith("t");
    return !stop || tone == ACUTE || tone == DOT_BELOW;
  }

  private static Set<String> buildRimes() {
    Set<String> rimes = new HashSet<>();
    for (String line : RIME_TABLE.strip().split("\n")) {
      String[] fields = line.strip().split("\\s+");
      String nucleus = fields[0];
      for (int i = 1; i < fields.length; i++) {
        rimes.add(fields[i].equals("_") ? nucleus : nucleus + fields[i]);
      }
    }
    return Set.copyOf(rimes);
  }
}
