package vn.policykb.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.Query;

/**
 * How many documents of an index match each of some queries: what a decision about how to read a
 * query asks of the index (the Telex reading of {@link TelexQueries}). Asked in one batch, so that
 * a search server answers them in one request.
 */
@FunctionalInterface
public interface MatchCounts {

  /** The number of matching documents of each query, in the same order. */
  long[] count(List<Query> queries) throws IOException;
}
