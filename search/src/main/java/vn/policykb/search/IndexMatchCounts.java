package vn.policykb.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;

/**
 * Counts on the embedded index: a term's is its document frequency (read from the terms
 * dictionary, deleted documents counted until they are merged away), any other query's the
 * documents it matches.
 */
final class IndexMatchCounts implements MatchCounts {

  private final SearcherManager searchers;

  IndexMatchCounts(SearcherManager searchers) {
    this.searchers = searchers;
  }

  @Override
  public long[] count(List<Query> queries) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      long[] counts = new long[queries.size()];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = queries.get(i) instanceof TermQuery term
            ? searcher.getIndexReader().docFreq(term.getTerm())
            : searcher.count(queries.get(i));
      }
      return counts;
    } finally {
      searchers.release(searcher);
    }
  }
}
