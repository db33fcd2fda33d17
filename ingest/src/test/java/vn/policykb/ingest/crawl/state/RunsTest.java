package vn.policykb.ingest.crawl.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class RunsTest {

  @TempDir
  Path dataDir;

  private CrawlDatabase database;
  private JdbcClient jdbc;
  private Runs runs;

  @BeforeEach
  void open() throws Exception {
    database = CrawlDatabase.open(dataDir);
    jdbc = database.jdbc();
    runs = new Runs(jdbc);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aRunLeftRunningIsTakenUpAndAFinishedOneIsNot() {
    CrawlStore.Run first = runs.open();
    assertThat(first.resumed()).isFalse();

    CrawlStore.Run again = runs.open();
    assertThat(again).isEqualTo(new CrawlStore.Run(first.id(), true));
    assertThat(jdbc.sql("SELECT resumed FROM runs WHERE id = ?").param(first.id()).query(Boolean.class).single())
        .isTrue();

    runs.finish(first.id(), CrawlStore.STOPPED);
    CrawlStore.Run next = runs.open();
    assertThat(next.id()).isGreaterThan(first.id());
    assertThat(next.resumed()).isFalse();
    assertThat(jdbc.sql("SELECT status, finished IS NOT NULL FROM runs ORDER BY id")
        .query((rs, row) -> rs.getString(1) + " " + rs.getBoolean(2)).list())
        .containsExactly("stopped true", "running false");
  }

  @Test
  void latestRunsComeNewestFirst() {
    long a = runs.open().id();
    runs.finish(a, CrawlStore.COMPLETED);
    long b = runs.open().id();
    runs.finish(b, CrawlStore.COMPLETED);
    long c = runs.open().id();

    assertThat(runs.latest(2)).containsExactly(c, b);
    assertThat(runs.latest(10)).containsExactly(c, b, a);
  }

  @Test
  void aSourceKeepsTheTimeItWasFirstTakenUpAndIsDiscoveredOnlyOnceMarked() throws Exception {
    long run = runs.open().id();
    assertThat(runs.discovered(run, "news")).isFalse();

    runs.sourceStarted(run, "news");
    long started = startedOf(run, "news");
    Thread.sleep(5);
    runs.sourceStarted(run, "news");
    assertThat(startedOf(run, "news")).isEqualTo(started);
    assertThat(runs.discovered(run, "news")).isFalse();

    runs.markDiscovered(run, "news");
    assertThat(runs.discovered(run, "news")).isTrue();
    assertThat(runs.discovered(run, "other")).isFalse();
    assertThat(runs.discovered(run + 1, "news")).isFalse();
  }

  @Test
  void aProblemIsKeptWithItsReasonCutToFit() {
    long run = runs.open().id();
    runs.problem(run, "news", "https://news.example/feed.xml", "x".repeat(2500));

    assertThat(jdbc.sql("SELECT source, url, LENGTH(reason) FROM run_problems WHERE run_id = ?").param(run)
        .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3)).list())
        .containsExactly("news https://news.example/feed.xml 2000");
  }

  private long startedOf(long run, String source) {
    return jdbc.sql("SELECT started FROM run_sources WHERE run_id = ? AND source = ?").params(run, source)
        .query(Long.class).single();
  }
}
