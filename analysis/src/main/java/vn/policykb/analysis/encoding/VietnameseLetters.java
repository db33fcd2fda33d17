package vn.policykb.analysis.encoding;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Vietnamese alphabet beyond ASCII: the twelve vowels {@code a ă â e ê i o ô ơ u ư y} with each
 * of the five tones, the six shaped vowels without a tone, and {@code đ}; 67 letters in each case,
 * 134 in all. Every legacy Vietnamese encoding covers exactly this set.
 *
 * <p>The letters are composed from their parts with ICU rather than typed out, so the list cannot
 * miss or repeat one.
 */
public final class VietnameseLetters {

  /** The twelve vowels, toneless; their order is the order of the rows in the encoding tables. */
  public static final String VOWELS = "aăâeêioôơuưy";

  /**
   * The five tone marks as combining characters, in the order used throughout this package:
   * grave (huyền), acute (sắc), hook above (hỏi), tilde (ngã), dot below (nặng). Tone number
   * {@code n} (1 to 5) is {@code TONE_MARKS.charAt(n - 1)}; 0 is no tone.
   */
  public static final String TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323";

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private static final List<Character> PRECOMPOSED = buildPrecomposed();

  /** Lowercase toned vowel to its toneless vowel and its tone. */
  private static final Map<Character, Character> TONELESS = new HashMap<>();

  private static final Map<Character, Integer> TONE = new HashMap<>();

  static {
    for (char vowel : VOWELS.toCharArray()) {
      for (int tone = 1; tone <= 5; tone++) {
        char toned = withTone(vowel, tone);
        TONELESS.put(toned, vowel);
        TONE.put(toned, tone);
      }
    }
  }

  private VietnameseLetters() {}

  /** The 134 precomposed letters: for each vowel its shaped form and five tones, then đ; lower then upper case. */
  public static List<Character> precomposed() {
    return PRECOMPOSED;
  }

  /** The precomposed letter for a toneless vowel with a tone from 0 to 5; 0 gives the vowel back. */
  public static char withTone(char vowel, int tone) {
    if (tone == 0) {
      return vowel;
    }
    String composed = NFC.normalize(vowel + TONE_MARKS.substring(tone - 1, tone));
    if (composed.length() != 1) {
      throw new IllegalArgumentException("no precomposed letter for " + vowel + " with tone " + tone);
    }
    return composed.charAt(0);
  }

  /**
   * The toneless form of a lowercase letter that can spell a Vietnamese syllable ({@code ệ} gives
   * {@code ê}, {@code đ} gives {@code đ}), or 0 for any other character.
   */
  static char toneless(char lowercase) {
    if ((lowercase >= 'a' && lowercase <= 'z') || lowercase == 'đ' || VOWELS.indexOf(lowercase) >= 0) {
      return lowercase;
    }
    Character vowel = TONELESS.get(lowercase);
    return vowel == null ? 0 : vowel;
  }

  /** The tone (1 to 5) of a lowercase toned vowel, 0 for anything else. */
  static int tone(char lowercase) {
    Integer tone = TONE.get(lowercase);
    return tone == null ? 0 : tone;
  }

  private static List<Character> buildPrecomposed() {
    List<Character> lower = new ArrayList<>();
    for (char vowel : VOWELS.toCharArray()) {
      if (vowel > 0x7F) {
        lower.add(vowel);
      }
      for (int tone = 1; tone <= 5; tone++) {
        lower.add(withTone(vowel, tone));
      }
    }
    lower.add('đ');
    List<Character> all = new ArrayList<>(lower);
    for (char c : lower) {
      all.add(Character.toUpperCase(c));
    }
    return List.copyOf(all);
  }
}
