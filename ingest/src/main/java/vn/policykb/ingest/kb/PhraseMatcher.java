package vn.policykb.ingest.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known phrases in a sequence of words, longest first: in {@code private sector development}
 * the three-word term wins over {@code private sector}. Phrases and words are compared by their
 * folded keys, so case and diacritics do not matter.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {

  /** A phrase found at words {@code [start, end)}. */
  public record Match<V>(int start, int end, V value) {}

  private final Map<String, V> phrases = new HashMap<>();
  private int longest;

  /** Adds a phrase; the first value given for a phrase is kept. */
  public PhraseMatcher<V> add(String phrase, V value) {
    String key = Words.key(phrase);
    if (!key.isEmpty() && phrases.putIfAbsent(key, value) == null) {
      longest = Math.max(longest, key.split(" ").length);
    }
    return this;
  }

  public boolean isEmpty() {
    return phrases.isEmpty();
  }

  /** The value of a phrase given whole, or null. */
  public V get(String phrase) {
    return phrases.get(Words.key(phrase));
  }

  /** Non-overlapping matches from left to right, each the longest phrase starting there. */
  public List<Match<V>> find(List<String> keys) {
    List<Match<V>> matches = new ArrayList<>();
    int i = 0;
    while (i < keys.size()) {
      Match<V> match = longestAt(keys, i);
      if (match == null) {
        i++;
      } else {
        matches.add(match);
        i = match.end();
      }
    }
    return matches;
  }

  private Match<V> longestAt(List<String> keys, int start) {
    for (int length = Math.min(longest, keys.size() - start); length >= 1; length--) {
      V value = phrases.get(String.join(" ", keys.subList(start, start + length)));
      if (value != null) {
        return new Match<>(start, start + length, value);
      }
    }
    return null;
  }
}
