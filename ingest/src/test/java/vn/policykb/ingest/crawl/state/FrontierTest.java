package vn.policykb.ingest.crawl.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.policykb.ingest.crawl.PageOutcome;

class FrontierTest {

  private static final URI A = URI.create("https://news.example/a.html");
  private static final URI B = URI.create("https://news.example/b.html");
  private static final URI C = URI.create("https://news.example/c.html");

  @TempDir
  Path dataDir;

  private CrawlDatabase database;
  private JdbcClient jdbc;
  private Frontier frontier;

  @BeforeEach
  void open() throws Exception {
    database = CrawlDatabase.open(dataDir);
    jdbc = database.jdbc();
    frontier = new Frontier(jdbc);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aUrlIsQueuedOncePerRunAndASecondSpellingCountsAsAnAlias() {
    assertThat(queue(1, A, A.toString(), 0)).isEqualTo(CrawlStore.Enqueued.QUEUED);
    assertThat(queue(1, A, A.toString(), 0)).isEqualTo(CrawlStore.Enqueued.KNOWN);
    assertThat(queue(1, A, A + "?utm_source=feed", 1)).isEqualTo(CrawlStore.Enqueued.ALIAS);
    assertThat(queue(1, A, A + "?amp=1", 1)).isEqualTo(CrawlStore.Enqueued.ALIAS);
    assertThat(queue(2, A, A.toString(), 0)).as("another run").isEqualTo(CrawlStore.Enqueued.QUEUED);

    assertThat(jdbc.sql("SELECT aliases FROM frontier WHERE run_id = 1").query(Integer.class).single()).isEqualTo(2);
    assertThat(frontier.queued(1)).containsExactly(new FrontierEntry(1, A, "news", 0));
  }

  @Test
  void queuedPagesComeShallowestFirstThenInTheOrderFound() {
    queue(1, C, C.toString(), 2);
    queue(1, B, B.toString(), 1);
    queue(1, A, A.toString(), 1);

    assertThat(frontier.queued(1)).extracting(FrontierEntry::url).containsExactly(B, A, C);
  }

  @Test
  void aSkippedPageIsDoneAtOnceAndNotCountedAgainstThePageLimit() {
    queue(1, A, A.toString(), 0);
    assertThat(frontier.add(1, B, B.toString(), "news", 0, PageOutcome.SKIPPED, "disallowed by robots.txt"))
        .isEqualTo(CrawlStore.Enqueued.QUEUED);

    assertThat(frontier.queued(1)).extracting(FrontierEntry::url).containsExactly(A);
    assertThat(frontier.queuedOrDone(1, "news")).isEqualTo(1);
    assertThat(frontier.queuedOrDone(1, "other")).isZero();
    assertThat(jdbc.sql("SELECT state, outcome, reason, done_at IS NOT NULL FROM frontier WHERE url = ?")
        .param(B.toString())
        .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getBoolean(4))
        .single())
        .isEqualTo("done skipped disallowed by robots.txt true");
  }

  @Test
  void finishingAPageAddsItsRequestsAndBytes() {
    queue(1, A, A.toString(), 0);
    queue(1, B, B.toString(), 0);
    queue(1, C, C.toString(), 0);
    frontier.finish(new Completion(1, A.toString(), "news", PageOutcome.NEW, null, 200, 2, 5000, null));
    frontier.finish(new Completion(1, A.toString(), "news", PageOutcome.UPDATED, "changed", 200, 1, 700, null));
    // a page ended without a request (its outcome decided before fetching) is not a finished fetch
    frontier.finish(new Completion(1, B.toString(), "news", PageOutcome.DUPLICATE, "same page", 0, 0, 0, null));

    assertThat(jdbc.sql("SELECT outcome, reason, requests, body_bytes FROM frontier WHERE url = ?")
        .param(A.toString())
        .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getLong(4))
        .single())
        .isEqualTo("updated changed 3 5700");
    assertThat(frontier.finished(1)).containsExactly(A.toString());
    assertThat(frontier.queued(1)).extracting(FrontierEntry::url).containsExactly(C);
  }

  private CrawlStore.Enqueued queue(long run, URI url, String raw, int depth) {
    return frontier.add(run, url, raw, "news", depth, null, null);
  }
}
