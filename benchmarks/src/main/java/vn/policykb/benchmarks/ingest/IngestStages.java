package vn.policykb.benchmarks.ingest;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.pipeline.IngestReport;
import vn.policykb.ingest.pipeline.Pipeline;
import vn.policykb.ingest.pipeline.StageTimers;
import vn.policykb.kb.KnowledgeBase;

/**
 * Ingest throughput and where its time goes: the files ingested into a new index under
 * {@code --data-dir} through the whole pipeline, then docs/s, the time of each stage (read,
 * each enrichment step, decide, index, commit, link; summed over threads) and the peak resident
 * memory. {@code --index-only} measures the index stage alone: each batch is read, enriched and
 * decided first, untimed, then its documents are analysed and written, and committed, timed.
 *
 * <pre>
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar vn.policykb.benchmarks.ingest.IngestStages \
 *     --data-dir /tmp/kb-150k news-150k.jsonl
 * </pre>
 */
@Command(name = "ingest-stages", mixinStandardHelpOptions = true,
    description = "Ingests files into a new index and prints docs/s, the time of each stage and the peak memory.")
public final class IngestStages implements Callable<Integer> {

  @Option(names = "--data-dir", required = true, description = "a new data directory (its index must not exist yet)")
  Path dataDir;

  @Option(names = "--threads", description = "pipeline threads (default: the processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--index-only", description = "time only the index stage: analysis, Lucene writes and commits")
  boolean indexOnly;

  @Option(names = "--batch", defaultValue = "10000", description = "documents per untimed preparation in --index-only")
  int batch;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSONL files, HTML or office files, or folders")
  List<Path> inputs;

  public static void main(String[] args) {
    System.exit(new CommandLine(new IngestStages()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (Files.exists(dataDir.resolve("index"))) {
      throw new CommandLine.ParameterException(new CommandLine(this), "not a new data directory: " + dataDir);
    }
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    StageTimers timers = new StageTimers(registry);
    KnowledgeBase kb = KnowledgeBase.loadBundled();
    long start = System.nanoTime();
    long documents;
    try (PeakMemory memory = PeakMemory.sample()) {
      try (DocumentIndex index = DocumentIndex.open(dataDir)) {
        Pipeline pipeline = Pipeline.standard(index, kb, timers);
        if (indexOnly) {
          documents = new IndexStageRun(pipeline, threads, batch, timers).run(inputs);
        } else {
          IngestReport report = new Ingester(pipeline, threads).ingestPaths(inputs);
          documents = report.read();
          System.out.println(report.summary());
        }
      }
      double wall = (System.nanoTime() - start) / 1e9;
      print(registry, documents, wall, memory);
    }
    return 0;
  }

  private void print(SimpleMeterRegistry registry, long documents, double wall, PeakMemory memory) {
    if (indexOnly) {
      double indexWall = seconds(registry, IndexStageRun.WALL);
      System.out.printf(Locale.ROOT, "%d documents; index stage %.1f s: %.0f docs/s (%d threads; %.1f s in all with the untimed preparation)%n",
          documents, indexWall, documents / indexWall, threads, wall);
    } else {
      System.out.printf(Locale.ROOT, "%d documents in %.1f s: %.0f docs/s (%d threads)%n", documents, wall,
          documents / wall, threads);
    }
    List<Timer> stages = new ArrayList<>(registry.find(StageTimers.METER).timers());
    stages.sort(Comparator.comparingDouble((Timer t) -> t.totalTime(TimeUnit.SECONDS)).reversed());
    double total = stages.stream().mapToDouble(t -> t.totalTime(TimeUnit.SECONDS)).sum();
    System.out.printf(Locale.ROOT, "%-28s %10s %7s %12s%n", "stage", "seconds", "share", "µs/document");
    for (Timer timer : stages) {
      double s = timer.totalTime(TimeUnit.SECONDS);
      System.out.printf(Locale.ROOT, "%-28s %10.1f %6.1f%% %12.0f%n", timer.getId().getTag("stage"), s,
          100 * s / total, documents == 0 ? 0 : s * 1e6 / documents);
    }
    System.out.println(memory.describe(Runtime.getRuntime().maxMemory()));
  }

  private static double seconds(SimpleMeterRegistry registry, String stage) {
    Timer timer = registry.find(StageTimers.METER).tag("stage", stage).timer();
    return timer == null ? 0 : timer.totalTime(TimeUnit.SECONDS);
  }
}
