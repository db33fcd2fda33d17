package vn.policykb.search;

import java.util.List;

/**
 * How many articles match one query, period by period.
 *
 * @param total the articles matching, dated or not: the search's total
 * @param points every period from the first of the timeline to the last, those with no match included
 * @param undated the matching articles none of whose copies is dated: in no period
 */
public record TimelineSeries(String query, long total, List<TimelinePoint> points, TimelineCount undated) {

  public TimelineSeries {
    points = List.copyOf(points);
  }
}
