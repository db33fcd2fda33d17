package vn.policykb.ingest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.policykb.ingest.pipeline.IngestReport;
import vn.policykb.ingest.pipeline.Pipeline;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.index.DocumentIndex;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
        "Indexes files and folders into the index under --data-dir: .txt, .html, .htm, .jsonl"
            + " (one article per line), .pdf, .docx, .doc, .odt, .rtf, each also gzipped.",
        "A document's id comes from its URL, else from its path relative to the folder named;"
            + " ingesting the same files again adds nothing.",
        "A file that cannot be read or parsed is reported with its reason; the rest goes on."})
final class IngestCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--data-dir", required = true, paramLabel = "DIR",
      description = "data directory; the embedded index is kept in DIR/index")
  Path dataDir;

  @Mixin
  BackendOptions backend;

  @Option(names = "--report", paramLabel = "FILE",
      description = "write a JSON report: each document's status (added, updated, unchanged, duplicate,"
          + " near-duplicate, rejected, skipped) and reason")
  Path reportFile;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "" + Ingester.COMMIT_EVERY,
      description = "documents between two commits: what a killed run keeps (default: ${DEFAULT-VALUE})")
  int commitEvery;

  @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "show a progress bar on standard error (default: on)")
  boolean progress;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to ingest")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    IngestReport report;
    long start = System.nanoTime();
    try (DocumentIndex index = DocumentIndex.on(backend.open(dataDir))) {
      Ingester ingester = new Ingester(Pipeline.standard(index, KnowledgeBase.loadBundled()),
          Runtime.getRuntime().availableProcessors(), commitEvery);
      if (progress) {
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), Ingester.totalBytes(paths));
        report = ingester.ingestPaths(paths, bar);
        bar.finish();
      } else {
        report = ingester.ingestPaths(paths);
      }
      out.printf(java.util.Locale.ROOT, "%s; %d documents in %s (%.1f s)%n", report.summary(), index.count(),
          index.location(), (System.nanoTime() - start) / 1e9);
    }
    for (IngestReport.Rejection rejection : report.rejections()) {
      out.println("rejected " + rejection.path() + ": " + rejection.reason());
    }
    for (IngestReport.Rejection skipped : report.skipped()) {
      out.println("skipped " + skipped.path() + ": " + skipped.reason());
    }
    if (reportFile != null) {
      ReportFile.write(report, reportFile);
      out.println("report written to " + reportFile);
    }
    out.flush();
    return 0;
  }
}
