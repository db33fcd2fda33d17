package vn.policykb.search;

import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import vn.policykb.index.IndexSchema;

/**
 * How much of a query a document must match: short queries need every word, long ones rank by
 * how much of them a document matches, and question words never decide.
 */
final class RequiredWords {

  /** Up to this many words, every word must match. */
  static final int ALL_WORDS_MAX = 4;
  /** A question word still counts a little: a passage may answer in the same words. */
  static final float QUESTION_WORD_BOOST = 0.1f;

  private RequiredWords() {}

  /**
   * Every word, or as many as match: a document needs at least one, even beside a filter (where
   * Lucene would make optional clauses match nothing at all).
   */
  static Query of(List<Query> words, boolean any) {
    if (words.size() == 1) {
      return words.getFirst();
    }
    if (any) {
      // a pasted paragraph ranks by its rarest words: bounded, whatever its length
      return SelectedWordsQuery.of(words, IndexSchema.BODY_FOLDED, SelectedWordsQuery.MAX_WORDS);
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    words.forEach(q -> builder.add(q, any ? Occur.SHOULD : Occur.MUST));
    return builder.build();
  }

  /** The question words of the query, to add a little to what the other words matched. */
  static void addAsked(BooleanQuery.Builder top, List<Query> asked) {
    for (Query q : asked) {
      top.add(new BoostQuery(q, QUESTION_WORD_BOOST), Occur.SHOULD);
    }
  }
}
