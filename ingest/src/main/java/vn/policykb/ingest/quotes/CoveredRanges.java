package vn.policykb.ingest.quotes;

import java.util.ArrayList;
import java.util.List;

/** The parts of a text the direct quotes found cover, with their attributions: no reported statement lies there. */
final class CoveredRanges {

  private final List<int[]> ranges = new ArrayList<>();

  void add(int start, int end) {
    ranges.add(new int[] {start, end});
  }

  boolean overlaps(int start, int end) {
    for (int[] range : ranges) {
      if (range[0] < end && start < range[1]) {
        return true;
      }
    }
    return false;
  }
}
