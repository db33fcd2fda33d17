package vn.policykb.ingest.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.policykb.ingest.crawl.CrawlPlan;
import vn.policykb.ingest.crawl.CrawlReport;
import vn.policykb.ingest.crawl.Crawler;
import vn.policykb.ingest.crawl.SourcesFile;
import vn.policykb.ingest.crawl.SourcesFileException;
import vn.policykb.ingest.crawl.state.CrawlStore;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.pipeline.Pipeline;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.ingest.index.IndexLockedException;

@Command(
    name = "crawl",
    mixinStandardHelpOptions = true,
    description = {
        "Crawls the sites of a sources file (YAML) once and indexes what is new or changed into --data-dir.",
        "Responses are archived under DIR/warc, the crawl state kept under DIR/crawl; a run that was"
            + " interrupted is taken up where it stopped.",
        "Prints the report of the run: per source discovered, fetched, new, updated, unchanged,"
            + " duplicates, skipped and failed pages, with reasons."})
final class CrawlCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--sources", required = true, paramLabel = "FILE", description = "the sources file (YAML)")
  Path sourcesFile;

  @Option(names = "--data-dir", required = true, paramLabel = "DIR",
      description = "data directory: DIR/index (the embedded index), DIR/warc, DIR/crawl")
  Path dataDir;

  @Mixin
  BackendOptions backend;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(sourcesFile)) {
      err.println("error: no sources file at " + sourcesFile);
      return 2;
    }
    CrawlPlan plan;
    try {
      plan = SourcesFile.load(sourcesFile);
    } catch (SourcesFileException e) {
      err.println("error: the sources file cannot be used:");
      e.located().forEach(p -> err.println("  " + p));
      return 2;
    }
    DocumentIndex index;
    try {
      index = DocumentIndex.on(backend.open(dataDir));
    } catch (IndexLockedException e) {
      err.println("error: the index at " + dataDir.resolve("index") + " is held by another process, most likely the"
          + " web app. Let the web app crawl (set kb.crawl.sources, or POST /api/admin/crawls), or stop it and run"
          + " this command again.");
      return 1;
    }
    CrawlReport report;
    try (index; CrawlStore store = CrawlStore.open(dataDir)) {
      Crawler crawler = new Crawler(plan, Pipeline.standard(index, KnowledgeBase.loadBundled()), store, dataDir, null);
      report = crawler.run();
    }
    CrawlReports.print(report, out);
    out.flush();
    return 0;
  }
}
