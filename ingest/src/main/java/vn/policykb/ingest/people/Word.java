package vn.policykb.ingest.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.policykb.kb.LookupKey;

/**
 * A word of a text with its place: a run of letters, marks and digits (an apostrophe inside a
 * word belongs to it). {@code key} is the word as names are compared: lower case, unaccented.
 */
public record Word(String text, String key, int start, int end) {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}]+)*");

  public static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    // a text repeats its words: each is folded once
    Map<String, String> keys = new HashMap<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group();
      words.add(new Word(word, keys.computeIfAbsent(word, LookupKey::of), m.start(), m.end()));
    }
    return words;
  }

  /** Starts with a capital letter, as names do in both languages. */
  public boolean capitalized() {
    return Character.isUpperCase(text.codePointAt(0));
  }
}
