package vn.policykb.web.timeline;

import java.util.List;
import vn.policykb.search.SearchRequest;
import vn.policykb.search.TimelineInterval;
import vn.policykb.web.search.SearchParameters;

/**
 * A timeline as its address states it: {@code ?q=A&q=B&interval=month} and the search's filters
 * ({@code lang}, {@code resolution}, {@code source}, {@code person}, {@code from}, {@code to},
 * {@code cross}), read as strictly as the search reads them.
 */
public record TimelineParameters(
    List<String> q, String interval, String lang, String resolution, String source, String person, String from,
    String to, String cross) {

  public TimelineParameters {
    q = q == null ? List.of() : List.copyOf(q);
  }

  TimelineInterval parsedInterval() {
    return TimelineInterval.parse(interval);
  }

  /** The filters and language setting, as a search with them would have them. */
  SearchRequest filters() {
    return new SearchParameters("", null, null, lang, resolution, source, from, to, null, cross, person).toRequest(1);
  }
}
