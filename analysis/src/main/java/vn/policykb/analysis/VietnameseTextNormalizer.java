package vn.policykb.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

/**
 * One spelling for Vietnamese letters: NFC, marks composed whatever order they came in, eth as
 * d-stroke, invisible characters removed, typographic apostrophes plain. Used on tokens and on
 * whole strings (queries, stored text) alike.
 */
public final class VietnameseTextNormalizer {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private VietnameseTextNormalizer() {}

  /** Characters that {@link #normalize} may change: most text has none, and skips the work. */
  private static final boolean[] NEEDS_NORMALIZATION = buildNeedsTable();

  private static boolean[] buildNeedsTable() {
    boolean[] needs = new boolean[0x10000];
    for (int c = 0; c < needs.length; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      // NFC quick check "no" or "maybe": a mark that may compose, or a character NFC replaces
      needs[c] = UCharacter.getIntPropertyValue(c, UProperty.NFC_QUICK_CHECK) != 1;
    }
    for (char c : new char[] {0x00AD, 0x00D0, 0x00F0, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060,
        0xFEFF, 0x2018, 0x2019, 0x02BC}) {
      needs[c] = true;
    }
    return needs;
  }

  /** Whether {@link #normalize} may change a string containing this character. */
  public static boolean needsNormalization(char c) {
    return NEEDS_NORMALIZATION[c];
  }

  /** Whether {@link #normalize} would leave the text as it is, decided without copying it. */
  public static boolean isNormalized(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (NEEDS_NORMALIZATION[text.charAt(i)]) {
        return false;
      }
    }
    return true;
  }

  public static String normalize(String text) {
    if (isNormalized(text)) {
      return text;
    }
    StringBuilder cleaned = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF -> { }
        case 0x00D0 -> cleaned.append('Đ');
        case 0x00F0 -> cleaned.append('đ');
        case 0x2018, 0x2019, 0x02BC -> cleaned.append('\'');
        default -> cleaned.append(c);
      }
    }
    String decomposed = NFD.normalize(cleaned);
    return NFC.normalize(shapeMarksFirst(decomposed));
  }

  /**
   * Within each run of combining marks, puts the marks that shape a vowel (circumflex, breve,
   * horn) before the tone marks. NFC's canonical order leaves marks of the same class as typed,
   * and {@code e + acute + circumflex} would otherwise not compose to {@code ế}.
   */
  static String shapeMarksFirst(String decomposed) {
    char[] chars = null;
    int i = 0;
    while (i < decomposed.length()) {
      if (!isMark(decomposed.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < decomposed.length() && isMark(decomposed.charAt(i))) {
        i++;
      }
      if (i - start > 1) {
        if (chars == null) {
          chars = decomposed.toCharArray();
        }
        sortRun(chars, start, i);
      }
    }
    return chars == null ? decomposed : new String(chars);
  }

  private static void sortRun(char[] chars, int start, int end) {
    // insertion sort, stable: runs are two or three marks long
    for (int j = start + 1; j < end; j++) {
      char mark = chars[j];
      int k = j - 1;
      while (k >= start && rank(chars[k]) > rank(mark)) {
        chars[k + 1] = chars[k];
        k--;
      }
      chars[k + 1] = mark;
    }
  }

  private static boolean isMark(char c) {
    return c >= 0x0300 && c <= 0x036F;
  }

  private static int rank(char mark) {
    return switch (mark) {
      case '\u0302', '\u0306', '\u031B' -> 0; // circumflex, breve, horn
      case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> 1; // the five tones
      default -> 2;
    };
  }
}
