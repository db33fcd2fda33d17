package vn.policykb.analysis.encoding;

import java.util.ArrayList;
import java.util.List;

/**
 * The whitespace-separated tokens of a text and what each looks like. Tokens are split on ASCII
 * whitespace only, which no legacy table remaps, so a text and its re-reading in another encoding
 * have the same number of tokens and can be compared token by token.
 */
final class WordTokens {

  private WordTokens() {}

  static List<String> split(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (isSpace(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && !isSpace(text.charAt(end))) {
        end++;
      }
      tokens.add(text.substring(i, end));
      i = end;
    }
    return tokens;
  }

  static boolean hasLetter(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetter(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token holds a letter beyond ASCII. */
  static boolean isMarked(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c > 0x7F && (Character.isLetter(c) || isMark(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the token is Vietnamese: split at punctuation and digits, every part with a letter is a
   * valid syllable ({@code "Nội,"}, {@code "(Hà"} and {@code "Hà-Nội"} are; {@code "B×nh"} is not,
   * since {@code ×} is not punctuation).
   */
  static boolean isVietnamese(String token) {
    int parts = 0;
    int i = 0;
    while (i < token.length()) {
      if (isSeparator(token.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < token.length() && !isSeparator(token.charAt(end))) {
        end++;
      }
      String part = token.substring(i, end);
      if (hasLetter(part)) {
        if (!VietnameseSyllable.isValid(part)) {
          return false;
        }
        parts++;
      }
      i = end;
    }
    return parts > 0;
  }

  /**
   * Whether the token carries a sign of mojibake that correct text in Western languages rarely
   * has: a sign or a non-ASCII letter in the middle of a word ({@code B×nh}, {@code Néi},
   * {@code Vieät}), a capital right after a small letter ({@code ViÖt}), or a control code (where
   * VISCII and TCVN3 keep a few capitals).
   */
  static boolean looksBroken(String token) {
    int from = 0;
    int to = token.length();
    while (from < to && isSeparator(token.charAt(from))) {
      from++;
    }
    while (to > from && isSeparator(token.charAt(to - 1))) {
      to--;
    }
    for (int i = from; i < to; i++) {
      if (Character.isISOControl(token.charAt(i))) {
        return true;
      }
    }
    for (int i = from + 1; i < to; i++) {
      char c = token.charAt(i);
      char before = token.charAt(i - 1);
      if (Character.isUpperCase(c) && Character.isLowerCase(before)) {
        return true;
      }
      if (c > 0x7F && i + 1 < to) {
        boolean letter = Character.isLetter(c) || isMark(c);
        if (!letter || (Character.isLetter(before) && Character.isLetter(token.charAt(i + 1)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }

  private static boolean isMark(char c) {
    return Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** ASCII punctuation and digits, the no-break space, guillemets, general and CJK punctuation. */
  private static boolean isSeparator(char c) {
    if (c < 0x80) {
      return !Character.isLetter(c) && !Character.isISOControl(c);
    }
    return c == 0xA0 || c == 0xAB || c == 0xBB
        || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F);
  }
}
