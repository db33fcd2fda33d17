package vn.policykb.kb;

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
  /**
   * The phrases as a tree of their words: finding the longest phrase at a word walks as far as
   * the text goes along a known phrase, instead of joining and looking up every length.
   */
  private final Node<V> root = new Node<>();

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>();
    V value;
  }

  /** Adds a phrase; the first value given for a phrase is kept. */
  public PhraseMatcher<V> add(String phrase, V value) {
    String key = Words.key(phrase);
    if (!key.isEmpty() && phrases.putIfAbsent(key, value) == null) {
      Node<V> node = root;
      for (String word : key.split(" ")) {
        node = node.next.computeIfAbsent(word, w -> new Node<>());
      }
      node.value = value;
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
    Node<V> node = root;
    Match<V> longest = null;
    for (int end = start; end < keys.size(); end++) {
      node = node.next.get(keys.get(end));
      if (node == null) {
        break;
      }
      if (node.value != null) {
        longest = new Match<>(start, end + 1, node.value);
      }
    }
    return longest;
  }
}
