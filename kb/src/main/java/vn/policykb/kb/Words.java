package vn.policykb.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.policykb.analysis.TextNormalization;

/**
 * Words of a text as glossary terms and registry names are matched: runs of letters, marks and
 * digits, joined across an inner hyphen or ampersand ({@code start-up}, {@code S&T}), each with
 * its {@link LookupKey} so that case and diacritics do not matter.
 */
public final class Words {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[-&][\\p{L}\\p{M}\\p{N}]+)*");

  /** A word as written, its folded key and where it is in the (NFC) text. */
  public record Word(String text, String key, int start, int end) {

    public boolean capitalized() {
      return Character.isUpperCase(text.codePointAt(0));
    }
  }

  private Words() {}

  public static List<Word> of(String text) {
    String nfc = TextNormalization.nfc(text);
    List<Word> words = new ArrayList<>();
    // a text repeats its words: each is folded once
    Map<String, String> keys = new HashMap<>();
    Matcher m = WORD.matcher(nfc);
    while (m.find()) {
      String word = m.group();
      words.add(new Word(word, keys.computeIfAbsent(word, LookupKey::of), m.start(), m.end()));
    }
    return words;
  }

  /** The folded keys of a text's words, joined by single spaces: how a phrase is looked up. */
  public static String key(String text) {
    return String.join(" ", of(text).stream().map(Word::key).toList());
  }
}
