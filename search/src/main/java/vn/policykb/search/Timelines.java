package vn.policykb.search;

import java.io.IOException;
import java.util.List;

/** Articles per period for one or more queries: the timelines a research page compares. */
public interface Timelines {

  TimelineResult of(List<String> queries, List<QueryFilter> filters, TimelineInterval interval,
      boolean crossLanguage) throws IOException;
}
