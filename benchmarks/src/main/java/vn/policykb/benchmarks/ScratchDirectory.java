package vn.policykb.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A fresh folder on disk for each operation of a benchmark that writes an index. */
final class ScratchDirectory {

  private ScratchDirectory() {}

  static Path create() throws IOException {
    return Files.createTempDirectory("policy-kb-bench");
  }

  static void delete(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
