package vn.policykb.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.policykb.ingest.pipeline.IngestReport;
import vn.policykb.ingest.pipeline.Pipeline;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.source.SourceFile;

/**
 * HTML ingest speed: every page of a folder ({@code .html} or {@code .html.gz}, as fetched) read
 * from memory, extracted, enriched and indexed into a fresh index on disk, as the command line and
 * the crawl do; pages per second is the number of pages over the time of one operation. Without a
 * folder, the bundled articles set in a news page of navigation, teasers and a footer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
public class HtmlIngestBenchmark extends IndexWritingBenchmark {

  /** A folder of pages; empty for the bundled corpus in a page template. */
  @Param("")
  public String pages;

  @Param({"1", "2"})
  public int threads;

  private List<SourceFile> files;

  @Setup(Level.Trial)
  public void load() throws IOException {
    files = pages == null || pages.isBlank() ? templated() : folder(Path.of(pages));
    System.out.printf("%n%d pages%n", files.size());
  }

  @Benchmark
  public int ingestAll() throws IOException {
    try (DocumentIndex index = DocumentIndex.open(work)) {
      IngestReport report = new Ingester(Pipeline.standard(index, KnowledgeBase.loadBundled()), threads).ingestFiles(files);
      return report.added();
    }
  }

  private static List<SourceFile> folder(Path dir) throws IOException {
    List<SourceFile> found = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path f : list.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz")).sorted().toList()) {
        found.add(new SourceFile(f.getFileName().toString(), Files.readAllBytes(f)));
      }
    }
    if (found.isEmpty()) {
      throw new UncheckedIOException(new IOException("no .html or .html.gz pages in " + dir));
    }
    return found;
  }

  private static List<SourceFile> templated() {
    List<SourceFile> found = new ArrayList<>();
    List<String> html = HtmlExtractionBenchmark.templated();
    for (int i = 0; i < html.size(); i++) {
      found.add(new SourceFile("page-" + i + ".html", html.get(i).getBytes(StandardCharsets.UTF_8)));
    }
    return found;
  }
}
