package vn.policykb.ingest.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * A one-line progress bar on a terminal: share done, rate and time left, redrawn at most a few
 * times a second. Written to standard error, so that standard output stays the summary.
 */
final class ProgressBar implements LongConsumer {

  private static final long REDRAW_NANOS = 250_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final long total;
  private final long start = System.nanoTime();
  private long done;
  private long lastDraw;

  ProgressBar(PrintWriter err, long total) {
    this.err = err;
    this.total = Math.max(1, total);
  }

  @Override
  public void accept(long bytes) {
    done += bytes;
    long now = System.nanoTime();
    if (now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      draw(now);
    }
  }

  void finish() {
    draw(System.nanoTime());
    err.println();
    err.flush();
  }

  private void draw(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double share = Math.min(1, (double) done / total);
    double rate = done / seconds;
    long left = rate <= 0 ? 0 : (long) ((total - Math.min(done, total)) / rate);
    int filled = (int) Math.round(share * WIDTH);
    err.printf(Locale.ROOT, "\r[%s%s] %3.0f%%  %.1f MB/s  ETA %d:%02d ", "#".repeat(filled), ".".repeat(WIDTH - filled),
        100 * share, rate / 1e6, left / 60, left % 60);
    err.flush();
  }
}
