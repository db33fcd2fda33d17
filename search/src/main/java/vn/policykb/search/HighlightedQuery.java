package vn.policykb.search;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * What the highlighter looks for in a shown text: each term and phrase the query has in the
 * text's fields, once, in one flat disjunction. A search's query holds each word in several
 * forms, fields and weights, nested; run over every shown text, it cost the highlighter more than
 * the text's analysis, and marks nothing more, since a mark is where a term or phrase matches.
 */
final class HighlightedQuery {

  private HighlightedQuery() {}

  static Query of(Query query, Set<String> fields) {
    Set<Query> leaves = new LinkedHashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return fields.contains(field);
      }

      @Override
      public void consumeTerms(Query leaf, Term... terms) {
        leaves.add(leaf);
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        // what a document must not have is never marked
        return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    leaves.forEach(leaf -> any.add(leaf, Occur.SHOULD));
    return any.build();
  }
}
