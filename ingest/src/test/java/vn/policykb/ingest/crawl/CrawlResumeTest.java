package vn.policykb.ingest.crawl;

import vn.policykb.ingest.TestCorpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.ingest.crawl.state.CrawlStore;
import vn.policykb.ingest.index.DocumentIndex;

/**
 * A crawl killed mid-run (a real process, SIGKILL) is taken up by the next run: the pages it had
 * finished are not requested again, and the final index equals that of a crawl never interrupted.
 */
class CrawlResumeTest {

  private static final int ARTICLES = 30;

  @Test
  void aKilledCrawlResumesToTheSameIndexAsAnUninterruptedOne(@TempDir Path temp) throws Exception {
    try (FixtureSite site = new FixtureSite()) {
      StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
      for (int i = 0; i < ARTICLES; i++) {
        String path = "/tin-tuc/bai-" + i + ".html";
        site.html(path, FixtureSite.article(i % 2 == 0 ? "vi" : "en", (i % 2 == 0 ? "Bài số " : "Article number ") + i,
            (i % 2 == 0
                ? "Nghị quyết 57-NQ/TW được bàn tại hội nghị lần thứ " + i + " của các doanh nghiệp công nghệ.\n"
                    + "Các đại biểu thảo luận về chuyển đổi số, đổi mới sáng tạo và nguồn nhân lực chất lượng cao.\n"
                    + "Hội nghị số " + i + " kết thúc với nhiều kiến nghị gửi tới Chính phủ và các bộ, ngành."
                : "Resolution 57-NQ/TW was discussed at meeting number " + i + " of technology companies.\n"
                    + "Delegates talked about digital transformation, innovation and a skilled workforce.\n"
                    + "Meeting number " + i + " ended with proposals sent to the Government and ministries.")));
        sitemap.append("<url><loc>").append(site.url(path)).append("</loc></url>");
      }
      site.xml("/sitemap.xml", "application/xml", sitemap.append("</urlset>").toString());
      Path sources = temp.resolve("sources.yaml");
      Files.writeString(sources, """
          settings:
            batchSize: 4
            timeout: 2s
          sources:
            - name: resume
              sitemaps: ["%s/sitemap.xml"]
              delay: 40ms
          """.formatted(site.base()));

      Path killed = temp.resolve("killed");
      Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
          "-cp", System.getProperty("java.class.path"), "vn.policykb.ingest.cli.IngestCli",
          "crawl", "--sources", sources.toString(), "--data-dir", killed.toString())
          .redirectErrorStream(true).redirectOutput(temp.resolve("child.log").toFile()).start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (site.bodiesSent() < 13 && process.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      process.destroyForcibly().waitFor();
      assertThat(site.bodiesSent()).as("killed mid-run").isBetween(13, ARTICLES);

      List<String> finishedBeforeKill;
      try (CrawlStore store = CrawlStore.open(killed)) {
        long run = store.recentReports(1).getFirst().run();
        finishedBeforeKill = store.finishedPages(run);
      }
      assertThat(finishedBeforeKill).isNotEmpty();
      site.clearLog();

      CrawlPlan plan = SourcesFile.load(sources);
      CrawlReport resumed;
      try (DocumentIndex index = DocumentIndex.open(killed); CrawlStore store = CrawlStore.open(killed)) {
        resumed = new Crawler(plan, TestCorpus.pipeline(index), store, killed, null).run();
      }
      assertThat(resumed.resumed()).isTrue();
      assertThat(resumed.status()).isEqualTo("completed");
      List<String> requestedAgain = site.paths().stream().map(site::url).toList();
      assertThat(requestedAgain).doesNotContainAnyElementsOf(finishedBeforeKill);

      Path uninterrupted = temp.resolve("uninterrupted");
      try (DocumentIndex index = DocumentIndex.open(uninterrupted); CrawlStore store = CrawlStore.open(uninterrupted)) {
        new Crawler(plan, TestCorpus.pipeline(index), store, uninterrupted, null).run();
      }
      assertThat(IndexContents.fingerprint(uninterrupted)).hasSize(ARTICLES);
      assertThat(IndexContents.fingerprint(killed)).isEqualTo(IndexContents.fingerprint(uninterrupted));
    }
  }
}
