package vn.policykb.web.timeline;

import vn.policykb.search.SearchRequest;
import vn.policykb.search.TimelineInterval;
import vn.policykb.web.search.SearchParameters;

/**
 * A timeline's settings as its address states them: {@code interval=month} and the search's filters
 * ({@code lang}, {@code resolution}, {@code source}, {@code person}, {@code from}, {@code to},
 * {@code cross}), read as strictly as the search reads them; the queries ({@code q}, repeated) are read apart.
 */
public record TimelineParameters(
    String interval, String lang, String resolution, String source, String person, String from,
    String to, String cross) {

  TimelineInterval parsedInterval() {
    return TimelineInterval.parse(interval);
  }

  /** The filters and language setting, as a search with them would have them. */
  SearchRequest filters() {
    return new SearchParameters("", null, null, lang, resolution, source, from, to, null, cross, person).toRequest(1);
  }
}
