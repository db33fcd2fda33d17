package vn.policykb.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * What suggestions read of an index: the words its texts use and how often, match counts of words
 * and pairs, a few texts holding a word, and its sources. The embedded index reads its terms
 * dictionary; a search server answers from requests.
 */
public interface SuggestionIndex extends MatchCounts {

  /** Receives the terms of the exact body field, each with how often the texts have it. */
  @FunctionalInterface
  interface TermVisitor {
    void term(String term, long occurrences);
  }

  /**
   * A key that stays the same while what {@link #bodyTerms} reports does: what is learnt from the
   * terms is kept until the key changes (compared by identity).
   */
  Object version() throws IOException;

  /** Every term of the exact body field with its occurrences (an index may report them from a sample). */
  void bodyTerms(TermVisitor visitor) throws IOException;

  /** The bodies of up to {@code max} documents whose exact body field has the term. */
  List<String> bodiesWith(String term, int max) throws IOException;

  /** Each source name, as the documents give it, with its number of documents. */
  Map<String, Long> sources() throws IOException;
}
