package vn.policykb.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.policykb.ingest.crawl.warc.WarcReindexer;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.index.IndexCopy;
import vn.policykb.ingest.index.IndexLockedException;
import vn.policykb.ingest.index.IndexStore;
import vn.policykb.ingest.index.IndexStores;
import vn.policykb.ingest.pipeline.Pipeline;
import vn.policykb.kb.KnowledgeBase;

@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
        "Rebuilds the index from the crawl's WARC archive (DIR/warc), without the network.",
        "For a clean rebuild, remove DIR/index first; otherwise documents are updated in place.",
        "With --to-backend, copies the index of --kb.backend into the other backend instead, every document"
            + " as it is (ids, groups of copies, translation links): the embedded index under --data-dir into"
            + " OpenSearch (--kb.backend=lucene --to-backend=opensearch), or back."})
final class ReindexCommand implements Callable<Integer> {

  /** Documents between two commits of a copy: what an interrupted copy keeps. */
  private static final int COPY_COMMIT_EVERY = 5_000;

  @Spec
  CommandSpec spec;

  @Option(names = "--from-warc", description = "read the pages archived under DIR/warc")
  boolean fromWarc;

  @Option(names = "--to-backend", paramLabel = "NAME",
      description = "copy every document of the --kb.backend index into this backend's (lucene or opensearch)")
  String toBackend;

  @Mixin
  BackendOptions backend;

  @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "data directory")
  Path dataDir;

  @Option(names = "--report", paramLabel = "FILE",
      description = "write a JSON report, as ingest does: each page's status (added, updated, unchanged, duplicate,"
          + " near-duplicate, rejected) and reason")
  Path reportFile;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (fromWarc == (toBackend != null)) {
      throw new ParameterException(spec.commandLine(), "give one of --from-warc and --to-backend");
    }
    if (toBackend != null) {
      return copy(out);
    }
    try (DocumentIndex index = DocumentIndex.on(backend.open(dataDir))) {
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

  private int copy(PrintWriter out) throws IOException {
    BackendOptions target = backend.with(IndexStores.BACKEND, toBackend);
    if (target.backend().equals(backend.backend())) {
      throw new ParameterException(spec.commandLine(),
          "--to-backend names the backend the index is already in (" + backend.backend() + "): give the other one");
    }
    long start = System.nanoTime();
    try (IndexStore from = backend.open(dataDir); IndexStore to = target.open(dataDir)) {
      IndexCopy.Result result = IndexCopy.copy(from, to, COPY_COMMIT_EVERY);
      out.printf(Locale.ROOT, "copied %d documents from %s to %s; %d documents in %s (%.1f s)%n", result.copied(),
          from.location(), to.location(), result.inTarget(), to.location(), (System.nanoTime() - start) / 1e9);
    } catch (IndexLockedException e) {
      spec.commandLine().getErr().println("error: the index at " + dataDir.resolve("index")
          + " is held by another process, most likely the web app: stop it and run this command again.");
      return 1;
    }
    out.flush();
    return 0;
  }
}
