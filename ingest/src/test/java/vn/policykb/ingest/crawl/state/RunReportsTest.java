package vn.policykb.ingest.crawl.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.policykb.ingest.crawl.CrawlReport;

class RunReportsTest {

  @TempDir
  Path dataDir;

  private CrawlDatabase database;
  private JdbcClient jdbc;
  private RunReports reports;

  @BeforeEach
  void open() throws Exception {
    database = CrawlDatabase.open(dataDir);
    jdbc = database.jdbc();
    reports = new RunReports(jdbc);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void noRunNoReport() {
    assertThat(reports.report(42)).isEmpty();
  }

  @Test
  void aRunIsReportedPerSourceFromItsFrontierAndProblems() {
    jdbc.sql("INSERT INTO runs (id, started, finished, status, resumed) VALUES (7, 1000, 61000, 'completed', TRUE)")
        .update();
    // taken up in this order: the report keeps it
    source(7, "vnexpress", 2000);
    source(7, "chinhphu", 1500);
    page(7, "chinhphu", "/a", "new", null, 1, 900, 0, 4000L);
    page(7, "chinhphu", "/b", "updated", null, 1, 800, 0, 5000L);
    page(7, "chinhphu", "/c", "unchanged", "answered 304", 1, 0, 2, 6000L);
    page(7, "chinhphu", "/d", "duplicate", "same text as doc-1", 1, 700, 0, 7000L);
    page(7, "chinhphu", "/e", "skipped", "disallowed by robots.txt", 0, 0, 0, 3000L);
    page(7, "chinhphu", "/f", "failed", "HTTP 500", 3, 0, 0, 8000L);
    page(7, "chinhphu", "/g", null, null, 0, 0, 0, null);
    jdbc.sql("INSERT INTO run_problems (run_id, source, url, reason) VALUES (7, 'chinhphu', '/feed.xml', 'HTTP 404')")
        .update();
    // a source whose feed failed before any page: its problem still counts
    jdbc.sql("INSERT INTO run_problems (run_id, source, url, reason) VALUES (7, 'vnexpress', '/rss', 'timed out')")
        .update();
    // another run's pages are not this run's
    page(8, "chinhphu", "/a", "new", null, 1, 900, 0, 9000L);

    CrawlReport report = reports.report(7).orElseThrow();

    assertThat(report.started()).isEqualTo(Instant.ofEpochMilli(1000));
    assertThat(report.finished()).isEqualTo(Instant.ofEpochMilli(61000));
    assertThat(report.status()).isEqualTo("completed");
    assertThat(report.resumed()).isTrue();
    assertThat(report.sources()).extracting(CrawlReport.SourceReport::source).containsExactly("chinhphu", "vnexpress");
    CrawlReport.SourceReport chinhphu = report.sources().getFirst();
    assertThat(List.of(chinhphu.discovered(), chinhphu.fetched(), chinhphu.bodies(), chinhphu.added(),
        chinhphu.updated(), chinhphu.unchanged(), chinhphu.duplicates(), chinhphu.skipped(), chinhphu.failed()))
        .as("discovered, fetched, bodies, new, updated, unchanged, duplicates (one page, two aliases), skipped,"
            + " failed (a page and a feed)")
        .containsExactly(7, 5, 3, 1, 1, 1, 3, 1, 2);
    assertThat(chinhphu.durationMillis()).as("from taking the source up to its last page done").isEqualTo(6500);
    assertThat(chinhphu.problems()).containsExactly(
        new CrawlReport.Problem("/e", "skipped", "disallowed by robots.txt"),
        new CrawlReport.Problem("/d", "duplicate", "same text as doc-1"),
        new CrawlReport.Problem("/f", "failed", "HTTP 500"),
        new CrawlReport.Problem("/feed.xml", "failed", "HTTP 404"));
    CrawlReport.SourceReport vnexpress = report.sources().get(1);
    assertThat(vnexpress.failed()).isEqualTo(1);
    assertThat(vnexpress.discovered()).isZero();
    assertThat(vnexpress.durationMillis()).isZero();
    assertThat(vnexpress.problems()).containsExactly(new CrawlReport.Problem("/rss", "failed", "timed out"));
  }

  @Test
  void aRunningRunHasNoEndAndAtMost200ProblemsASource() {
    jdbc.sql("INSERT INTO runs (id, started, status) VALUES (1, 1000, 'running')").update();
    source(1, "news", 1000);
    for (int i = 0; i < 250; i++) {
      page(1, "news", "/p" + (1000 + i), "skipped", "over the limit", 0, 0, 0, 2000L + i);
    }

    CrawlReport report = reports.report(1).orElseThrow();

    assertThat(report.finished()).isNull();
    assertThat(report.durationMillis()).isZero();
    CrawlReport.SourceReport news = report.sources().getFirst();
    assertThat(news.skipped()).isEqualTo(250);
    assertThat(news.problems()).hasSize(200);
    assertThat(news.problems().getLast().url()).isEqualTo("/p1199");
  }

  private void source(long run, String source, long started) {
    jdbc.sql("INSERT INTO run_sources (run_id, source, started) VALUES (?, ?, ?)").params(run, source, started)
        .update();
  }

  private void page(long run, String source, String url, String outcome, String reason, int requests, long bodyBytes,
      int aliases, Long doneAt) {
    jdbc.sql("INSERT INTO frontier (run_id, url, raw_url, source, depth, state, outcome, reason, aliases, requests,"
            + " body_bytes, done_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)")
        .params(run, url, url, source, outcome == null ? "queued" : "done", outcome, reason, aliases, requests,
            bodyBytes, doneAt)
        .update();
  }
}
