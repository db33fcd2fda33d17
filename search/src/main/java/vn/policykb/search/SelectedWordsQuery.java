package vn.policykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The words of a long query that say most: of a pasted paragraph, the {@link #MAX_WORDS} rarest
 * in the index (by document frequency of their terms in one field), each weighed by how often the
 * text repeats it, any of them matching. Chosen when the query is rewritten against the index, so
 * a query of any length costs as much as one of {@link #MAX_WORDS} words.
 *
 * <p>A word whose terms the field does not have at all (an English word in a Vietnamese index, a
 * legal reference) counts as rare: it is kept.
 */
final class SelectedWordsQuery extends Query {

  /** Words kept, at most: more than a long question has, far fewer than a pasted paragraph. */
  static final int MAX_WORDS = 64;

  private final Map<Query, Integer> counts;
  private final String field;
  private final int max;

  /**
   * @param words the query of each word of the text, in order, repeated as often as the text does
   * @param field where a word's rarity is read: the document frequency of its rarest term there
   */
  SelectedWordsQuery(List<Query> words, String field, int max) {
    Map<Query, Integer> counted = new LinkedHashMap<>();
    words.forEach(q -> counted.merge(q, 1, Integer::sum));
    this.counts = counted;
    this.field = field;
    this.max = max;
  }

  /** The words, a query of its own when there are more than {@code max} of them; else their disjunction. */
  static Query of(List<Query> words, String field, int max) {
    if (words.size() <= max) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      words.forEach(q -> any.add(q, Occur.SHOULD));
      return any.build();
    }
    return new SelectedWordsQuery(words, field, max);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    record Scored(Query query, int count, long docFreq) {}
    List<Scored> scored = new ArrayList<>(counts.size());
    for (Map.Entry<Query, Integer> word : counts.entrySet()) {
      scored.add(new Scored(word.getKey(), word.getValue(), rarestDocFreq(reader, word.getKey())));
    }
    scored.sort(Comparator.comparingLong(Scored::docFreq));
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Scored word : scored.subList(0, Math.min(max, scored.size()))) {
      any.add(word.count() == 1 ? word.query() : new BoostQuery(word.query(), word.count()), Occur.SHOULD);
    }
    return any.build();
  }

  /** The document frequency in {@link #field} of the word's rarest term there; 0 where it has none. */
  private long rarestDocFreq(IndexReader reader, Query word) throws IOException {
    List<Term> terms = new ArrayList<>();
    word.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String name) {
        return field.equals(name);
      }

      @Override
      public void consumeTerms(Query query, Term... found) {
        terms.addAll(List.of(found));
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return this;
      }
    });
    long rarest = Long.MAX_VALUE;
    for (Term term : terms) {
      rarest = Math.min(rarest, reader.docFreq(term));
    }
    return terms.isEmpty() ? 0 : rarest;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    QueryVisitor any = visitor.getSubVisitor(Occur.SHOULD, this);
    counts.keySet().forEach(q -> q.visit(any));
  }

  @Override
  public String toString(String defaultField) {
    return "selected(" + max + " of " + counts.size() + " in " + field + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && counts.equals(((SelectedWordsQuery) other).counts)
        && field.equals(((SelectedWordsQuery) other).field) && max == ((SelectedWordsQuery) other).max;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), counts, field, max);
  }
}
