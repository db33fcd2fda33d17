package vn.policykb.search;

/**
 * The JLH score of a value: how much more often a sample has it than a background. It favours
 * values both common in the sample and rare in the background, where chi-square favours rare ones.
 */
final class SignificanceScore {

  private SignificanceScore() {}

  /**
   * @return 0 when the sample has the value no more often than the background does
   */
  static double jlh(long inSample, long sampleSize, long inBackground, long backgroundSize) {
    if (inSample == 0 || sampleSize == 0 || backgroundSize == 0) {
      return 0;
    }
    double foreground = (double) inSample / sampleSize;
    // a value of the sample is in the background too: a background that misses it is stale
    double background = (double) Math.max(inBackground, inSample) / backgroundSize;
    double difference = foreground - background;
    return difference <= 0 ? 0 : difference * (foreground / background);
  }
}
