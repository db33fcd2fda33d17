package vn.policykb.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * Every {@code n}th document of each segment: a systematic sample of the index, spread evenly
 * over the order documents were written in, so over time and sources alike. As a filter beside a
 * query it lets the query visit one document in {@code n}.
 */
final class SampledDocs extends Query {

  private final int every;

  SampledDocs(int every) {
    this.every = every;
  }

  int every() {
    return every;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) {
        int maxDoc = context.reader().maxDoc();
        Scorer scorer = new ConstantScoreScorer(score(), scoreMode, new Stride(every, maxDoc));
        return new DefaultScorerSupplier(scorer);
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false;
      }
    };
  }

  private static final class Stride extends DocIdSetIterator {
    private final int every;
    private final int maxDoc;
    private int doc = -1;

    Stride(int every, int maxDoc) {
      this.every = every;
      this.maxDoc = maxDoc;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) {
      long next = (target + (long) every - 1) / every * every;
      return doc = next >= maxDoc ? NO_MORE_DOCS : (int) next;
    }

    @Override
    public long cost() {
      return Math.max(1, maxDoc / every);
    }
  }

  @Override
  public String toString(String field) {
    return "sample(1/" + every + ")";
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && ((SampledDocs) other).every == every;
  }

  @Override
  public int hashCode() {
    return classHash() * 31 + every;
  }
}
