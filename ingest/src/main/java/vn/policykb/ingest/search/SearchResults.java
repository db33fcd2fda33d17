package vn.policykb.ingest.search;

import java.util.List;

/**
 * One page of results and the number of all matching articles: groups of copies count once.
 *
 * @param relaxed no document had every word of a short query: these have some of them
 */
public record SearchResults(long total, List<SearchHit> hits, boolean relaxed) {

  public SearchResults {
    hits = List.copyOf(hits);
  }

  public SearchResults(long total, List<SearchHit> hits) {
    this(total, hits, false);
  }
}
