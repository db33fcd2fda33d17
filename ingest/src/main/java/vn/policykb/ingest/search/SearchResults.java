package vn.policykb.ingest.search;

import java.util.List;

/** One page of results and the number of all matching documents. */
public record SearchResults(long total, List<SearchHit> hits) {

  public SearchResults {
    hits = List.copyOf(hits);
  }
}
