package vn.policykb.eval.extraction;

import java.util.List;

/** Segment counts pooled over pages, as trafilatura's evaluation reports them. */
public record SegmentSummary(int pages, int found, int missed, int leaked, int avoided) {

  public static SegmentSummary of(List<SegmentScore> scores) {
    int found = 0;
    int missed = 0;
    int leaked = 0;
    int avoided = 0;
    for (SegmentScore s : scores) {
      found += s.found();
      missed += s.missed();
      leaked += s.leaked();
      avoided += s.avoided();
    }
    return new SegmentSummary(scores.size(), found, missed, leaked, avoided);
  }

  public double precision() {
    return found + leaked == 0 ? 0 : (double) found / (found + leaked);
  }

  public double recall() {
    return found + missed == 0 ? 0 : (double) found / (found + missed);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double accuracy() {
    int all = found + missed + leaked + avoided;
    return all == 0 ? 0 : (double) (found + avoided) / all;
  }
}
