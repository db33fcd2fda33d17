package vn.policykb.ingest.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of a sentence in lower case, and which of them end a clause: the few facts that tell,
 * in one scan, whether an attribution pattern has any chance in the sentence. A word is a run of
 * letters and non-spacing marks, so a decomposed syllable stays one word.
 */
final class SentenceWords {

  /**
   * Verbs and phrases as sequences of words: a sentence has one when it has its words next to
   * each other, where a test of their last word alone passes on most Vietnamese sentences (the
   * last syllables of {@code khẳng định}, {@code xác nhận}, {@code cho biết} are common words).
   */
  record Phrases(Set<String> words, Map<String, List<List<String>>> byFirstPair) {

    static Phrases of(List<String> phrases) {
      Set<String> words = new HashSet<>();
      Map<String, List<List<String>>> byFirstPair = new HashMap<>();
      for (String phrase : phrases) {
        String[] parts = phrase.toLowerCase(Locale.ROOT).split(" ");
        if (parts.length == 1) {
          words.add(parts[0]);
          continue;
        }
        List<String> adjacent = new ArrayList<>();
        for (int i = 0; i + 1 < parts.length; i++) {
          adjacent.add(parts[i] + " " + parts[i + 1]);
        }
        byFirstPair.computeIfAbsent(adjacent.get(0), first -> new ArrayList<>()).add(List.copyOf(adjacent));
      }
      Map<String, List<List<String>>> frozen = new HashMap<>();
      byFirstPair.forEach((first, all) -> frozen.put(first, List.copyOf(all)));
      return new Phrases(Set.copyOf(words), Map.copyOf(frozen));
    }
  }

  private final Set<String> words = new HashSet<>();
  /** Each word with the next one, separated by one space. */
  private final Set<String> pairs = new HashSet<>();
  /** Words followed by a comma or a colon, or by the word {@code rằng} ("that"). */
  private final Set<String> beforeClause = new HashSet<>();
  private String last;

  private SentenceWords() {}

  static SentenceWords of(String text) {
    SentenceWords result = new SentenceWords();
    int length = text.length();
    int i = 0;
    String previous = null;
    String afterSpace = null;
    while (i < length) {
      while (i < length && !isWordChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < length && isWordChar(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        break;
      }
      String word = text.substring(start, i).toLowerCase(Locale.ROOT);
      result.words.add(word);
      if (afterSpace != null) {
        result.pairs.add(afterSpace + " " + word);
      }
      // "rằng" may run into the next word when a space is missing, and the patterns allow that
      if (previous != null && word.startsWith("rằng")) {
        result.beforeClause.add(previous);
      }
      int next = i;
      while (next < length && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next < length && (text.charAt(next) == ',' || text.charAt(next) == ':')) {
        result.beforeClause.add(word);
      }
      // "rằng" counts only after white space
      previous = next > i && next < length && isWordChar(text.charAt(next)) ? word : null;
      // the patterns join a phrase's words by white space only
      afterSpace = previous;
      result.last = word;
    }
    return result;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  boolean hasAny(Set<String> candidates) {
    return intersects(words, candidates);
  }

  /** Whether the sentence has one of these verbs or phrases, its words next to each other. */
  boolean hasAny(Phrases phrases) {
    if (intersects(words, phrases.words())) {
      return true;
    }
    // a phrase is looked up by its first pair of words: a sentence has fewer pairs than there are
    // phrases of some lists (every subject pronoun with every auxiliary)
    Map<String, List<List<String>>> byFirstPair = phrases.byFirstPair();
    for (String first : pairs.size() <= byFirstPair.size() ? pairs : byFirstPair.keySet()) {
      List<List<String>> starting = byFirstPair.get(first);
      if (starting == null || !pairs.contains(first)) {
        continue;
      }
      for (List<String> adjacent : starting) {
        if (pairs.containsAll(adjacent)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether two of the sentence's words stand next to each other as one of these pairs ({@code "cho biết"}). */
  boolean hasAnyPair(Set<String> candidates) {
    return intersects(pairs, candidates);
  }

  /** Whether the last word of the sentence is one of these. */
  boolean endsWithAny(Set<String> candidates) {
    return last != null && candidates.contains(last);
  }

  /** Whether one of these words is followed by a comma, a colon or {@code rằng}. */
  boolean anyBeforeClause(Set<String> candidates) {
    return intersects(beforeClause, candidates);
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    for (String word : small) {
      if (large.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
