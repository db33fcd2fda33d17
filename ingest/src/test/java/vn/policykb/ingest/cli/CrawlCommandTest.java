package vn.policykb.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.policykb.ingest.crawl.OneArticleSite;
import vn.policykb.ingest.index.DocumentIndex;

class CrawlCommandTest {

  @TempDir
  Path temp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = IngestCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void crawlsAndPrintsTheReport() throws Exception {
    try (OneArticleSite site = OneArticleSite.start()) {
      Path sources = site.sourcesFile(temp, "cli");
      Run run = run("crawl", "--sources", sources.toString(), "--data-dir", temp.resolve("data").toString());
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.out()).contains("crawl run 1 completed")
          .contains("cli: discovered 2, fetched 2 (1 bodies), new 1, updated 0, unchanged 0, duplicates 0, skipped 0, failed 1")
          .contains("failed " + site.base() + "/tin-tuc/mat.html: HTTP 404");
    }
  }

  @Test
  void saysWhatToDoWhenTheWebAppHoldsTheIndex() throws Exception {
    Path data = temp.resolve("data");
    Path sources = temp.resolve("sources.yaml");
    Files.writeString(sources, "sources:\n  - name: x\n    feeds: [\"http://127.0.0.1:1/rss.xml\"]\n");
    try (DocumentIndex held = DocumentIndex.open(data)) {
      Run run = run("crawl", "--sources", sources.toString(), "--data-dir", data.toString());
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).contains("held by another process, most likely the web app")
          .contains("stop it and run this command again").doesNotContain("Exception");
    }
  }

  @Test
  void anUnusableSourcesFileIsAUsageError() throws Exception {
    Path sources = temp.resolve("sources.yaml");
    Files.writeString(sources, "sources:\n  - name: x\n    feedz: [\"http://127.0.0.1:1/rss.xml\"]\n");
    Run run = run("crawl", "--sources", sources.toString(), "--data-dir", temp.resolve("data").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("source 'x': unknown key 'feedz'");
  }
}
