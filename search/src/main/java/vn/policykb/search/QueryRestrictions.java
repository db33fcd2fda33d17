package vn.policykb.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.policykb.index.IndexSchema;

/** What a query leaves out, whatever it matches: excluded words, exact copies, what its filters do not allow. */
final class QueryRestrictions {

  private final WordQueries words;
  private final PersonKeys people;

  QueryRestrictions(WordQueries words, PersonKeys people) {
    this.words = words;
    this.people = people;
  }

  void addTo(BooleanQuery.Builder top, UserQuery query) {
    for (UserQuery.Clause clause : query.excluded()) {
      Query q = words.exclusion(clause);
      if (q != null) {
        top.add(q, Occur.MUST_NOT);
      }
    }
    // a copy of an article at another address is shown with it, not as a result of its own
    top.add(new TermQuery(new Term(IndexSchema.DUPLICATE, "true")), Occur.MUST_NOT);
    for (Query filter : FilterQueries.of(query.filters(), people)) {
      top.add(filter, Occur.FILTER);
    }
  }
}
