package vn.policykb.ingest.search;

import java.util.List;

/**
 * One page of results and the number of all matching articles: groups of copies count once.
 */
public record SearchResults(long total, List<SearchHit> hits) {

  public SearchResults {
    hits = List.copyOf(hits);
  }
}
