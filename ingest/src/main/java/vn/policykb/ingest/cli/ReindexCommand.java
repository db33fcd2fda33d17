package vn.policykb.ingest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.policykb.ingest.crawl.warc.WarcReindexer;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.pipeline.Pipeline;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.ingest.index.IndexLockedException;

@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
        "Rebuilds the index under --data-dir from the crawl's WARC archive (DIR/warc), without the network.",
        "For a clean rebuild, remove DIR/index first; otherwise documents are updated in place."})
final class ReindexCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--from-warc", required = true, description = "read the pages archived under DIR/warc")
  boolean fromWarc;

  @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "data directory")
  Path dataDir;

  @Option(names = "--report", paramLabel = "FILE",
      description = "write a JSON report, as ingest does: each page's status (added, updated, unchanged, duplicate,"
          + " near-duplicate, rejected) and reason")
  Path reportFile;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      WarcReindexer.Result result = WarcReindexer.reindex(dataDir, Pipeline.standard(index, KnowledgeBase.loadBundled()),
          Runtime.getRuntime().availableProcessors());
      out.println(result.summary() + "; " + index.count() + " documents in " + index.location());
      result.problems().forEach(p -> out.println("problem " + p));
      if (reportFile != null) {
        ReportFile.write(result.report(), reportFile);
        out.println("report written to " + reportFile);
      }
    } catch (IndexLockedException e) {
      spec.commandLine().getErr().println("error: the index at " + dataDir.resolve("index")
          + " is held by another process, most likely the web app: stop it and run this command again.");
      return 1;
    }
    out.flush();
    return 0;
  }
}
