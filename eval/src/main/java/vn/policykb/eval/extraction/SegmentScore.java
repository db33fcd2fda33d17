package vn.policykb.eval.extraction;

import java.util.List;

/**
 * How an extracted text fares on known segments of its page, as trafilatura's evaluation counts:
 * a segment is in the text when its whitespace-normalized form is a substring of the
 * whitespace-normalized text.
 *
 * @param found segments that must be in the text and are
 * @param missed segments that must be in the text and are not
 * @param leaked boilerplate segments that are in the text
 * @param avoided boilerplate segments that are not
 */
public record SegmentScore(int found, int missed, int leaked, int avoided) {

  public static SegmentScore of(List<String> with, List<String> without, String extracted) {
    String text = normalized(extracted == null ? "" : extracted);
    int found = 0;
    int missed = 0;
    int leaked = 0;
    int avoided = 0;
    for (String segment : with) {
      if (!text.isEmpty() && text.contains(normalized(segment))) {
        found++;
      } else {
        missed++;
      }
    }
    for (String segment : without) {
      if (!text.isEmpty() && text.contains(normalized(segment))) {
        leaked++;
      } else {
        avoided++;
      }
    }
    return new SegmentScore(found, missed, leaked, avoided);
  }

  /** Segments this page got wrong, either way. */
  public int errors() {
    return missed + leaked;
  }

  /** Share of the wanted segments found; 1 when there are none. */
  public double recall() {
    return found + missed == 0 ? 1 : (double) found / (found + missed);
  }

  static String normalized(String text) {
    return String.join(" ", text.strip().split("\\s+"));
  }
}
