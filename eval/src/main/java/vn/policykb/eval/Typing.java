package vn.policykb.eval;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ways a reader may type a text they have seen: to measure known-item search. */
public enum Typing {

  /** Exactly as published. */
  AS_PUBLISHED {
    @Override
    public String apply(String text) {
      return text;
    }
  },

  /** Lower case without any diacritics, {@code đ} typed as {@code d}: how most people search. */
  UNACCENTED {
    @Override
    public String apply(String text) {
      String stripped = MARKS.matcher(NFD.normalize(text)).replaceAll("");
      return stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
  },

  /**
   * The other tone-mark placement ({@code hoà} for {@code hòa} and back, {@code uỷ} for
   * {@code ủy}), in decomposed form: what another keyboard or an older text produces.
   */
  OTHER_TONE_STYLE_DECOMPOSED {
    @Override
    public String apply(String text) {
      String decomposed = NFD.normalize(text);
      Matcher m = SWAPPABLE.matcher(decomposed);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String first = m.group(1);
        String firstTone = m.group(2);
        String second = m.group(3);
        String secondTone = m.group(4);
        String swapped = firstTone.isEmpty()
            ? first + secondTone + second
            : first + second + firstTone;
        if (firstTone.isEmpty() == secondTone.isEmpty()) {
          swapped = m.group();
        }
        m.appendReplacement(out, Matcher.quoteReplacement(swapped));
      }
      m.appendTail(out);
      return out.toString();
    }
  },

  /**
   * Telex keystrokes typed with the Vietnamese input method off: {@code â} as {@code aa},
   * {@code ă} {@code aw}, {@code ơ} {@code ow}, {@code ư} {@code uw}, {@code đ} {@code dd}, and
   * the tone's key after the syllable (sắc {@code s}, huyền {@code f}, hỏi {@code r}, ngã
   * {@code x}, nặng {@code j}), lower case: {@code Nghị quyết} is {@code nghij quyeets}.
   */
  TELEX {
    @Override
    public String apply(String text) {
      Matcher m = WORD.matcher(NFD.normalize(text.toLowerCase(Locale.ROOT)));
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        StringBuilder keys = new StringBuilder();
        char tone = 0;
        for (char c : m.group().toCharArray()) {
          switch (c) {
            case '\u0301' -> tone = 's';
            case '\u0300' -> tone = 'f';
            case '\u0309' -> tone = 'r';
            case '\u0303' -> tone = 'x';
            case '\u0323' -> tone = 'j';
            case '\u0302' -> keys.append(keys.isEmpty() ? "" : keys.charAt(keys.length() - 1));
            case '\u0306', '\u031B' -> keys.append('w');
            case 'đ' -> keys.append("dd");
            default -> keys.append(c);
          }
        }
        if (tone != 0) {
          keys.append(tone);
        }
        m.appendReplacement(out, Matcher.quoteReplacement(keys.toString()));
      }
      m.appendTail(out);
      return out.toString();
    }
  };

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}_]+");
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
  private static final String TONE = "[\u0300\u0301\u0303\u0309\u0323]?";

  /**
   * An open syllable ending in {@code oa}, {@code oe} or {@code uy} (not after {@code q}, where
   * {@code u} belongs to the consonant), whose tone mark may sit on either vowel.
   */
  private static final Pattern SWAPPABLE = Pattern.compile(
      "(?<![\\p{L}\\p{M}qQ])([^\\P{L}qQ]*?[oOuU])(" + TONE + ")(a|A|e|E|y|Y)(" + TONE + ")(?![\\p{L}\\p{M}])");

  public abstract String apply(String text);
}
