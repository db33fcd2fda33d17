package vn.policykb.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.policykb.index.IndexSchema;

/**
 * Adjacent syllables of the query, kept together in a document, add to its score; pairs are not
 * made across a question word ({@code tác dụng gì đối với}: no {@code dụng đối}).
 */
final class SyllablePairQuery {

  static final float BIGRAM_BOOST = 0.75f;

  private final QueryAnalysis analysis;

  SyllablePairQuery(QueryAnalysis analysis) {
    this.analysis = analysis;
  }

  /** Null when the query has no pair, or has alternatives ({@code OR}). */
  Query of(QueryWords words) {
    if (words.hasAlternatives()) {
      return null;
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    int count = 0;
    StringBuilder run = new StringBuilder();
    for (int i = 0; i <= words.size(); i++) {
      if (i == words.size() || words.isQuestion(i)) {
        for (String pair : analysis.tokens(IndexSchema.BODY_BIGRAMS, run.toString())) {
          for (SearchedText text : SearchedText.ALL) {
            if (text.bigrams() != null) {
              builder.add(new BoostQuery(new TermQuery(new Term(text.bigrams(), pair)), BIGRAM_BOOST * text.weight()),
                  Occur.SHOULD);
            }
          }
          count++;
        }
        run.setLength(0);
      } else {
        run.append(words.group(i).getFirst().text()).append(' ');
      }
    }
    return count == 0 ? null : builder.build();
  }
}
