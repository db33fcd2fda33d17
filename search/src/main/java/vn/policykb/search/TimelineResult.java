package vn.policykb.search;

import java.util.List;

/** Attention over time: for each query, its articles period by period, on one shared range of periods. */
public record TimelineResult(String interval, List<TimelineSeries> series) {

  public TimelineResult {
    series = List.copyOf(series);
  }
}
