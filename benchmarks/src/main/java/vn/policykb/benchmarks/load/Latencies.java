package vn.policykb.benchmarks.load;

import java.util.Arrays;

/** The latencies of one target's measured requests, and what they add up to. */
final class Latencies {

  private long[] nanos = new long[1024];
  private int size;
  private long errors;
  private long wallNanos;
  private String firstError;

  synchronized void add(long latencyNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = latencyNanos;
  }

  synchronized void error(String what) {
    errors++;
    if (firstError == null) {
      firstError = what;
    }
  }

  synchronized void addWall(long nanos) {
    wallNanos += nanos;
  }

  synchronized Summary summary(String target, int clients) {
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    double seconds = wallNanos / 1e9;
    return new Summary(target, clients, size, seconds > 0 ? size / seconds : 0, millis(sorted, 50),
        millis(sorted, 95), millis(sorted, 99), errors, seconds, firstError);
  }

  /** The nearest-rank percentile, in milliseconds. */
  static double millis(long[] sorted, double percentile) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percentile / 100 * sorted.length);
    return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1e6;
  }

  record Summary(String target, int clients, int requests, double qps, double p50, double p95, double p99,
      long errors, double seconds, String firstError) {}
}
