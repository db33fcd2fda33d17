package vn.policykb.ingest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.policykb.ingest.IngestReport;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.index.DocumentIndex;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
        "Indexes files and folders into the index under --data-dir.",
        "A document's id comes from its URL, else from its path relative to the folder named;"
            + " ingesting the same files again adds nothing.",
        "A file that cannot be read or parsed is reported with its reason; the rest goes on."})
final class IngestCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--data-dir", required = true, paramLabel = "DIR",
      description = "data directory; the index is kept in DIR/index")
  Path dataDir;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to ingest")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    IngestReport report;
    try (DocumentIndex index = DocumentIndex.open(dataDir)) {
      report = new Ingester(index).ingestPaths(paths);
      out.println(report.summary() + "; " + index.count() + " documents in " + index.directory());
    }
    for (IngestReport.Rejection rejection : report.rejections()) {
      out.println("rejected " + rejection.path() + ": " + rejection.reason());
    }
    out.flush();
    return 0;
  }
}
