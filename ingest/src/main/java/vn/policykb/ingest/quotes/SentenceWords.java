package vn.policykb.ingest.quotes;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a sentence in lower case, and which of them end a clause: the few facts that tell,
 * in one scan, whether an attribution pattern has any chance in the sentence. A word is a run of
 * letters and non-spacing marks, so a decomposed syllable stays one word.
 */
final class SentenceWords {

  private final Set<String> words = new HashSet<>();
  /** Words followed by a comma or a colon, or by the word {@code rằng} ("that"). */
  private final Set<String> beforeClause = new HashSet<>();
  private String last;

  private SentenceWords() {}

  static SentenceWords of(String text) {
    SentenceWords result = new SentenceWords();
    int length = text.length();
    int i = 0;
    String previous = null;
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
