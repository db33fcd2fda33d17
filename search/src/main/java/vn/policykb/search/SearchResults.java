package vn.policykb.search;

import java.util.List;

/**
 * One page of results and the number of all matching articles: groups of copies count once.
 *
 * @param relaxed no document had every word of a short query: these have some of them
 * @param facets how many of all the matching articles have each language, resolution, source,
 *     year and month
 * @param partial the search ran out of its time: the hits, total and facets are of the documents
 *     it looked at before it stopped
 * @param estimated the total and the facet counts are estimates from a sample of the index
 *     (rounded to two significant digits), not counts: so many articles match that counting
 *     each would cost more than the search
 * @param decoded the query was typed in Telex keystrokes and these are the results of the words
 *     it stands for; null when the query was searched as typed
 */
public record SearchResults(long total, List<SearchHit> hits, boolean relaxed, Facets facets, boolean partial,
    boolean estimated, DecodedQuery decoded) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = facets == null ? Facets.NONE : facets;
  }

  public SearchResults(long total, List<SearchHit> hits, boolean relaxed, Facets facets, boolean partial,
      boolean estimated) {
    this(total, hits, relaxed, facets, partial, estimated, null);
  }

  public SearchResults(long total, List<SearchHit> hits, boolean relaxed, Facets facets, boolean partial) {
    this(total, hits, relaxed, facets, partial, false);
  }

  public SearchResults(long total, List<SearchHit> hits, boolean relaxed, Facets facets) {
    this(total, hits, relaxed, facets, false);
  }

  public SearchResults(long total, List<SearchHit> hits) {
    this(total, hits, false, Facets.NONE);
  }
}
