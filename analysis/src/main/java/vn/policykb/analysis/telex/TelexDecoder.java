package vn.policykb.analysis.telex;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.policykb.analysis.VietnameseToneMarks;
import vn.policykb.analysis.encoding.VietnameseSyllable;

/**
 * The Vietnamese syllables a word typed in Telex keystrokes stands for, as an input method would
 * have turned the keys into letters: {@code aa} â, {@code aw} ă, {@code ee} ê, {@code oo} ô,
 * {@code ow} or {@code [} ơ, {@code uw} or {@code ]} ư, {@code uow} ươ, {@code dd} đ, the tone
 * keys {@code s f r x j} anywhere after the first vowel, {@code z} to take the tone off; a key
 * pressed again undoes what it did ({@code ass} is the letters {@code as}). Each letter keeps the
 * case it was typed in.
 *
 * <p>Where the keys leave a choice ({@code w} after {@code ua} may make {@code ưa} or {@code uă};
 * an {@code o} after an {@code o} may be a second {@code o}, as in {@code xoong}), every reading is
 * tried, and only those that are one well-formed syllable ({@link VietnameseSyllable}) are kept,
 * the reading an input method makes first.
 */
public final class TelexDecoder {

  /** Longest word looked at: the longest syllable with every mark typed as keys. */
  static final int MAX_KEYS = 12;
  /** Readings followed at most; a word of real keystrokes has a handful. */
  private static final int MAX_READINGS = 32;
  private static final String VOWELS = "aăâeêioôơuưy";
  private static final String TONE_KEYS = "frxsj";
  private static final String TONE_MARKS = "\u0300\u0309\u0303\u0301\u0323";
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private static final Pattern HALF_HORNED = Pattern.compile("ưo|uơ");

  private TelexDecoder() {}

  /** The syllables {@code keys} may stand for, likeliest first; empty when it stands for none. */
  public static List<String> decode(String keys) {
    if (keys == null || keys.isEmpty() || keys.length() > MAX_KEYS || !isKeys(keys)) {
      return List.of();
    }
    List<Reading> readings = List.of(new Reading());
    for (int i = 0; i < keys.length(); i++) {
      char key = keys.charAt(i);
      List<Reading> next = new ArrayList<>();
      for (Reading reading : readings) {
        reading.press(key, next);
      }
      readings = next.size() > MAX_READINGS ? next.subList(0, MAX_READINGS) : next;
    }
    Set<String> syllables = new LinkedHashSet<>();
    for (Reading reading : readings) {
      String syllable = reading.syllable(reading.letters.toString());
      if (syllable != null && VietnameseSyllable.isValid(syllable)) {
        syllables.add(syllable);
        continue;
      }
      // ưo and uơ are no rhyme: input methods complete the horn typed on one of the pair
      String completed = HALF_HORNED.matcher(reading.letters).replaceAll("ươ");
      syllable = reading.syllable(completed);
      if (syllable != null && VietnameseSyllable.isValid(syllable)) {
        syllables.add(syllable);
      }
    }
    return List.copyOf(syllables);
  }

  /** Whether the text is made of keys Telex reads: ASCII letters and the brackets. */
  static boolean isKeys(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '[' || c == ']')) {
        return false;
      }
    }
    return true;
  }

  /** What the keys pressed so far have made, one way of reading them. */
  private static final class Reading {

    private enum Action { LETTER, SHAPE, TONE }

    private final StringBuilder letters = new StringBuilder();
    private final StringBuilder upper = new StringBuilder();
    private int tone;
    /** What the last key did, and to which letters: what pressing it again undoes. */
    private Action last = Action.LETTER;
    private char lastKey;
    private int[] shaped = {};
    private String before = "";
    /** A key was undone: the rest is typed as it is, as an input method does. */
    private boolean literal;

    private Reading copy() {
      Reading copy = new Reading();
      copy.letters.append(letters);
      copy.upper.append(upper);
      copy.tone = tone;
      copy.last = last;
      copy.lastKey = lastKey;
      copy.shaped = shaped;
      copy.before = before;
      copy.literal = literal;
      return copy;
    }

    /** Adds to {@code out} each reading this one becomes when {@code key} is pressed. */
    void press(char key, List<Reading> out) {
      char k = Character.toLowerCase(key);
      boolean capital = Character.isUpperCase(key);
      if (literal) {
        out.add(typed(k, capital));
      } else if (k == '[' || k == ']') {
        out.add(typed(k == '[' ? 'ơ' : 'ư', false));
      } else if (TONE_KEYS.indexOf(k) >= 0 && hasVowel()) {
        out.add(toned(k, capital));
      } else if (k == 'z' && hasVowel()) {
        out.add(tone == 0 ? undone(k, capital) : untoned());
      } else if (k == 'w') {
        shapes(k, capital, out);
      } else if (k == 'a' || k == 'e' || k == 'o') {
        circumflexes(k, capital, out);
      } else if (k == 'd' && letters.length() == 1 && letters.charAt(0) == 'd' && last == Action.LETTER) {
        out.add(shapedAt(k, new int[] {0}, "đ"));
      } else if (k == 'd' && last == Action.SHAPE && lastKey == 'd') {
        out.add(unshaped(k, capital));
      } else {
        out.add(typed(k, capital));
      }
    }

    private Reading typed(char letter, boolean capital) {
      Reading next = copy();
      next.letters.append(letter);
      next.upper.append(capital ? 'U' : 'l');
      next.last = Action.LETTER;
      next.lastKey = letter;
      return next;
    }

    private Reading toned(char key, boolean capital) {
      int t = TONE_KEYS.indexOf(key) + 1;
      if (t == tone) {
        return undone(key, capital);
      }
      Reading next = copy();
      next.tone = t;
      next.last = Action.TONE;
      next.lastKey = key;
      return next;
    }

    private Reading untoned() {
      Reading next = copy();
      next.tone = 0;
      next.last = Action.TONE;
      next.lastKey = 'z';
      return next;
    }

    /** The key pressed again: its mark comes off and the key is typed as a letter. */
    private Reading undone(char key, boolean capital) {
      Reading next = copy();
      next.tone = 0;
      next.literal = true;
      return next.typed(key, capital);
    }

    /** {@code w} pressed: a horn or breve on the last vowels, each way they can take one. */
    private void shapes(char key, boolean capital, List<Reading> out) {
      if (last == Action.SHAPE && lastKey == 'w') {
        out.add(unshaped(key, capital));
        return;
      }
      int[] group = lastVowels();
      int added = out.size();
      for (int i = group[0]; i + 1 < group[1]; i++) {
        char first = letters.charAt(i);
        char second = letters.charAt(i + 1);
        if ((first == 'u' || first == 'ư') && (second == 'o' || second == 'ơ') && !(first == 'ư' && second == 'ơ')) {
          out.add(shapedAt(key, new int[] {i, i + 1}, "ươ"));
        }
      }
      for (int i = group[0]; i < group[1]; i++) {
        String shape = switch (letters.charAt(i)) {
          case 'u' -> "ư";
          case 'o' -> "ơ";
          case 'a' -> "ă";
          default -> null;
        };
        if (shape != null) {
          out.add(shapedAt(key, new int[] {i}, shape));
        }
      }
      if (out.size() == added) {
        // a w with no vowel to shape is the letter ư, as input methods type it
        out.add(group[0] == group[1] ? typed('ư', capital) : typed(key, capital));
      }
    }

    /** {@code a}, {@code e} or {@code o} pressed: a circumflex on the same vowel, or the letter itself. */
    private void circumflexes(char key, boolean capital, List<Reading> out) {
      if (last == Action.SHAPE && lastKey == key) {
        out.add(unshaped(key, capital));
        return;
      }
      int[] group = lastVowels();
      String shape = switch (key) {
        case 'a' -> "â";
        case 'e' -> "ê";
        default -> "ô";
      };
      for (int i = group[0]; i < group[1]; i++) {
        if (letters.charAt(i) == key) {
          out.add(shapedAt(key, new int[] {i}, shape));
        }
      }
      out.add(typed(key, capital));
    }

    private Reading shapedAt(char key, int[] at, String shapes) {
      Reading next = copy();
      StringBuilder was = new StringBuilder();
      for (int j = 0; j < at.length; j++) {
        was.append(next.letters.charAt(at[j]));
        next.letters.setCharAt(at[j], shapes.charAt(j));
      }
      next.last = Action.SHAPE;
      next.lastKey = key;
      next.shaped = at;
      next.before = was.toString();
      return next;
    }

    private Reading unshaped(char key, boolean capital) {
      Reading next = copy();
      for (int j = 0; j < shaped.length; j++) {
        next.letters.setCharAt(shaped[j], before.charAt(j));
      }
      next.literal = true;
      return next.typed(key, capital);
    }

    private boolean hasVowel() {
      for (int i = 0; i < letters.length(); i++) {
        if (VOWELS.indexOf(letters.charAt(i)) >= 0) {
          return true;
        }
      }
      return false;
    }

    /** Start and end of the last run of vowels; {@code [n, n]} when there is none. */
    private int[] lastVowels() {
      int end = letters.length();
      while (end > 0 && VOWELS.indexOf(letters.charAt(end - 1)) < 0) {
        end--;
      }
      int start = end;
      while (start > 0 && VOWELS.indexOf(letters.charAt(start - 1)) >= 0) {
        start--;
      }
      return end == 0 ? new int[] {letters.length(), letters.length()} : new int[] {start, end};
    }

    /** The letters with the tone on the vowel the spelling rule puts it on, in the typed case. */
    String syllable(String word) {
      if (tone != 0) {
        int[] group = lastVowels();
        if (group[0] == group[1]) {
          return null;
        }
        int at = group[1] - 1;
        String toned = NFC.normalize(word.charAt(at) + String.valueOf(TONE_MARKS.charAt(tone - 1)));
        if (toned.length() != 1) {
          return null;
        }
        word = VietnameseToneMarks.placeTone(word.substring(0, at) + toned + word.substring(at + 1));
      }
      if (word.length() != upper.length()) {
        return null;
      }
      StringBuilder cased = new StringBuilder(word.length());
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        cased.append(upper.charAt(i) == 'U' ? Character.toUpperCase(c) : c);
      }
      return cased.toString();
    }
  }
}
