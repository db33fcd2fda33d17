package vn.policykb.ingest.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.policykb.kb.LetterRuns;
import vn.policykb.kb.LookupKey;

/**
 * A word of a text with its place: a run of letters, marks and digits (an apostrophe or a hyphen inside a
 * word belongs to it). {@code key} is the word as names are compared: lower case, unaccented.
 */
public record Word(String text, String key, int start, int end) {

  public static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    // a text repeats its words: each is folded once
    Map<String, String> keys = new HashMap<>();
    // a hyphen between letters joins the parts of a name: Kim Jong-un, Jean-Pierre
    LetterRuns.scan(text, "'’-", false, (start, end) -> {
      String word = text.substring(start, end);
      words.add(new Word(word, keys.computeIfAbsent(word, LookupKey::of), start, end));
    });
    return words;
  }

  /** Starts with a capital letter, as names do in both languages. */
  public boolean capitalized() {
    return Character.isUpperCase(text.codePointAt(0));
  }
}
