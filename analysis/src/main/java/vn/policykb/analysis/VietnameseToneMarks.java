package vn.policykb.analysis;

import com.ibm.icu.text.Normalizer2;

/**
 * Puts the tone mark of a Vietnamese syllable where the modern rule puts it, so that the old and
 * the new placement ({@code hoà}/{@code hòa}, {@code thuỷ}/{@code thủy}, {@code khoẻ}/{@code
 * khỏe}) are one word, and a mark typed on the wrong vowel ({@code vịêt}, {@code lựơng}, {@code
 * baỏ}) lands on the right one.
 *
 * <p>The rule: on the vowel that carries a shape mark (ă â ê ô ơ ư; ơ in ươ); else, when a final
 * consonant follows, on the last vowel; else on the first of two vowels ({@code hòa}, {@code
 * thủy}, {@code khỏe}, {@code mùa}) and the middle one of three ({@code hoài}). The {@code i} of {@code gi}
 * and the {@code u} of {@code qu} belong to the consonant ({@code già}, {@code quý}), except where
 * no other vowel follows ({@code gì}). Anything that is not one Vietnamese syllable with one tone
 * is left as it is.
 *
 * <p>Works on lower-case text.
 */
public final class VietnameseToneMarks {

  private static final String BASE_VOWELS = "aăâeêioôơuưy";
  private static final String SHAPED_VOWELS = "ăâêôơư";
  private static final char[] TONE_MARKS = {0, '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};
  private static final int TABLE_SIZE = 0x1F00;

  /** For a lower-case vowel with or without tone: its index in {@link #BASE_VOWELS}, else -1. */
  private static final byte[] VOWEL_BASE = new byte[TABLE_SIZE];
  /** For a lower-case vowel: its tone, 0 for none. */
  private static final byte[] VOWEL_TONE = new byte[TABLE_SIZE];
  /** [base][tone] → the precomposed letter. */
  private static final char[][] COMPOSED = new char[BASE_VOWELS.length()][TONE_MARKS.length];

  private static final String[] INITIALS = {
      "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
      "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"};
  private static final String[] FINALS = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};
  private static final int MAX_SYLLABLE = 7;

  static {
    java.util.Arrays.fill(VOWEL_BASE, (byte) -1);
    Normalizer2 nfc = Normalizer2.getNFCInstance();
    for (int base = 0; base < BASE_VOWELS.length(); base++) {
      for (int tone = 0; tone < TONE_MARKS.length; tone++) {
        String letter = tone == 0
            ? String.valueOf(BASE_VOWELS.charAt(base))
            : nfc.normalize(BASE_VOWELS.charAt(base) + String.valueOf(TONE_MARKS[tone]));
        char c = letter.charAt(0);
        COMPOSED[base][tone] = c;
        VOWEL_BASE[c] = (byte) base;
        VOWEL_TONE[c] = (byte) tone;
      }
    }
  }

  private VietnameseToneMarks() {}

  /** Whether the character is a lower-case vowel carrying a tone mark. */
  public static boolean hasTone(char c) {
    return c < TABLE_SIZE && VOWEL_TONE[c] != 0;
  }

  /**
   * Moves the tone in {@code buffer[0..length)} to its place; returns whether anything changed.
   * The length never changes.
   */
  public static boolean placeTone(char[] buffer, int length) {
    if (length < 1 || length > MAX_SYLLABLE) {
      return false;
    }
    int tone = 0;
    int tonedAt = -1;
    char[] bare = new char[length];
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (c < TABLE_SIZE && VOWEL_BASE[c] >= 0) {
        if (VOWEL_TONE[c] != 0) {
          if (tone != 0) {
            return false; // two tones: not a syllable we can read
          }
          tone = VOWEL_TONE[c];
          tonedAt = i;
        }
        bare[i] = BASE_VOWELS.charAt(VOWEL_BASE[c]);
      } else if (isConsonant(c)) {
        bare[i] = c;
      } else {
        return false;
      }
    }
    if (tone == 0) {
      return false;
    }
    String syllable = new String(bare);
    int target = tonePosition(syllable);
    if (target < 0 || target == tonedAt) {
      return false;
    }
    System.arraycopy(bare, 0, buffer, 0, length);
    buffer[target] = COMPOSED[BASE_VOWELS.indexOf(bare[target])][tone];
    return true;
  }

  /** The canonical form of one lower-case word; the word itself when there is nothing to move. */
  public static String placeTone(String word) {
    char[] chars = word.toCharArray();
    return placeTone(chars, chars.length) ? new String(chars) : word;
  }

  /** Index of the vowel that takes the tone in a toneless syllable, or -1 if it is not one. */
  static int tonePosition(String syllable) {
    int start = initialLength(syllable);
    if (start < 0) {
      return -1;
    }
    int end = start;
    while (end < syllable.length() && BASE_VOWELS.indexOf(syllable.charAt(end)) >= 0) {
      end++;
    }
    int vowels = end - start;
    if (vowels == 0 && start >= 2 && syllable.startsWith("gi")) {
      start = 1; // gì, gìn: the i is the vowel
      vowels = end - start;
    }
    if (vowels < 1 || vowels > 3 || !isFinal(syllable.substring(end))) {
      return -1;
    }
    String nucleus = syllable.substring(start, end);
    for (int i = vowels - 1; i >= 0; i--) {
      if (SHAPED_VOWELS.indexOf(nucleus.charAt(i)) >= 0) {
        return start + i;
      }
    }
    if (end < syllable.length()) {
      return end - 1;
    }
    return switch (vowels) {
      case 1 -> start;
      case 2 -> start;
      default -> start + 1;
    };
  }

  private static int initialLength(String syllable) {
    for (String initial : INITIALS) {
      if (syllable.startsWith(initial)) {
        return initial.length();
      }
    }
    return BASE_VOWELS.indexOf(syllable.charAt(0)) >= 0 ? 0 : -1;
  }

  private static boolean isFinal(String rest) {
    for (String ending : FINALS) {
      if (ending.equals(rest)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConsonant(char c) {
    return "bcdđghklmnpqrstvx".indexOf(c) >= 0;
  }
}
