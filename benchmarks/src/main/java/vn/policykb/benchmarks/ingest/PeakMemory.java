package vn.policykb.benchmarks.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The most memory this process has held: the kernel's high-water mark of its resident set, and,
 * sampled while the process runs, the peaks of its two parts: anonymous memory (the heap, the
 * JVM's own memory, thread stacks) and mapped files (the index files Lucene maps and reads, which
 * the kernel keeps resident while memory is free and drops first when it is short).
 */
final class PeakMemory implements AutoCloseable {

  private static final Path STATUS = Path.of("/proc/self/status");
  private static final long SAMPLE_MILLIS = 200;

  private final Thread sampler;
  private volatile boolean running = true;
  private long peakAnonymous = -1;
  private long peakFiles = -1;

  private PeakMemory() {
    sampler = Thread.ofPlatform().daemon().name("peak-memory").start(this::sampleUntilClosed);
  }

  /** Starts sampling the parts of the resident set until {@link #close()}. */
  static PeakMemory sample() {
    return new PeakMemory();
  }

  private void sampleUntilClosed() {
    while (running) {
      long[] parts = read("RssAnon:", "RssFile:");
      synchronized (this) {
        peakAnonymous = Math.max(peakAnonymous, parts[0]);
        peakFiles = Math.max(peakFiles, parts[1]);
      }
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    sampler.interrupt();
    sampler.join();
  }

  /** Peak resident set size in bytes, or -1 where the system does not say (not Linux). */
  static long residentBytes() {
    return read("VmHWM:")[0];
  }

  /** The peak resident set and the sampled peaks of its parts, for a report line. */
  synchronized String describe(long heapLimit) {
    String peak = String.format(Locale.ROOT, "peak resident memory %.0f MB (heap limit %.0f MB)",
        residentBytes() / 1e6, heapLimit / 1e6);
    if (peakAnonymous < 0) {
      return peak;
    }
    return peak + String.format(Locale.ROOT, "; sampled peaks: anonymous %.0f MB, mapped files %.0f MB",
        peakAnonymous / 1e6, peakFiles / 1e6);
  }

  /** The values of the given lines of the process status in bytes, -1 for each not found. */
  private static long[] read(String... keys) {
    long[] values = new long[keys.length];
    Arrays.fill(values, -1);
    try {
      for (String line : Files.readAllLines(STATUS)) {
        for (int i = 0; i < keys.length; i++) {
          if (line.startsWith(keys[i])) {
            values[i] = Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return values;
  }
}
