package vn.policykb.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/** A benchmark that writes an index: each operation gets a fresh folder on disk, deleted after. */
abstract class IndexWritingBenchmark {

  /** The folder of the operation under way. */
  protected Path work;

  @Setup(Level.Invocation)
  public void freshDirectory() throws IOException {
    work = Files.createTempDirectory("policy-kb-bench");
  }

  @TearDown(Level.Invocation)
  public void deleteDirectory() throws IOException {
    try (Stream<Path> paths = Files.walk(work)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
