package vn.policykb.benchmarks.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The most memory this process has held: the kernel's high-water mark of its resident set. */
final class PeakMemory {

  private PeakMemory() {}

  /** Peak resident set size in bytes, or -1 where the system does not say (not Linux). */
  static long residentBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return -1;
  }
}
