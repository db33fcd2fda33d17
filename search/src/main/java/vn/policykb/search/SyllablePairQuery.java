package vn.policykb.search;

import java.util.ArrayList;
import java.util.List;
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

  /**
   * Null when the query has no pair, or has alternatives ({@code OR}).
   *
   * @param references the words that spell a legal reference, which matches as one unit: its
   *     pairs ({@code nghị quyết}) would rank a document for the kind's word alone
   */
  Query of(QueryWords words, java.util.BitSet references) {
    if (words.hasAlternatives()) {
      return null;
    }
    List<Query> found = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i <= words.size(); i++) {
      if (i < words.size() && words.isQuestion(i) && i + 1 < words.size() && words.isQuestion(i + 1)
          && !run.isEmpty()) {
        // the first word of a two-word question ("là" of "là gì") is how a definition goes on:
        // "An ninh mạng là gì?" is answered by "An ninh mạng là sự bảo đảm…"
        run.append(words.group(i).getFirst().text()).append(' ');
      }
      if (i == words.size() && words.asksDefinition()) {
        // "Thế nào là an ninh mạng?" asks the same: the term is followed by "là"
        run.append("là ");
      }
      if (i == words.size() || words.isQuestion(i) || references.get(i)) {
        for (String pair : analysis.tokens(IndexSchema.BODY_BIGRAMS, run.toString())) {
          BooleanQuery.Builder texts = new BooleanQuery.Builder();
          for (SearchedText text : SearchedText.ALL) {
            if (text.bigrams() != null) {
              texts.add(new BoostQuery(new TermQuery(new Term(text.bigrams(), pair)), BIGRAM_BOOST * text.weight()),
                  Occur.SHOULD);
            }
          }
          found.add(texts.build());
        }
        run.setLength(0);
      } else {
        run.append(words.group(i).getFirst().text()).append(' ');
      }
    }
    return found.isEmpty() ? null
        : SelectedWordsQuery.of(found, IndexSchema.BODY_BIGRAMS, SelectedWordsQuery.MAX_WORDS);
  }
}
