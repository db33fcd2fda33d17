package vn.policykb.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.policykb.analysis.TextNormalization;

/**
 * Words of a text as glossary terms and registry names are matched: runs of letters, marks and
 * digits, joined across an inner hyphen or ampersand ({@code start-up}, {@code S&T}), each with
 * its {@link LookupKey} so that case and diacritics do not matter.
 */
public final class Words {

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
    LetterRuns.scan(nfc, "-&", true, (start, end) -> {
      String word = nfc.substring(start, end);
      words.add(new Word(word, keys.computeIfAbsent(word, LookupKey::of), start, end));
    });
    return words;
  }

  /** The folded keys of a text's words, joined by single spaces: how a phrase is looked up. */
  public static String key(String text) {
    return String.join(" ", of(text).stream().map(Word::key).toList());
  }
}
