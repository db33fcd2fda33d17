package vn.policykb.ingest.crawl.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.ingest.crawl.PageOutcome;

/** What the store adds to its parts: changes that land together or not at all, and one page queued once. */
class CrawlStoreTest {

  private static final String A = "https://news.example/a.html";
  private static final String B = "https://news.example/b.html";

  @TempDir
  Path dataDir;

  @Test
  void aBatchEndsWhole() throws Exception {
    long run;
    try (CrawlStore store = CrawlStore.open(dataDir)) {
      run = store.openRun().id();
      store.enqueue(run, URI.create(A), A, "news", 0);
      store.enqueue(run, URI.create(B), B, "news", 0);
      store.complete(List.of(
          new Completion(run, A, "news", PageOutcome.NEW, null, 200, 1, 100,
              new PageState(A, "\"a\"", null, "ha", "doc-a", "w@0", null)),
          new Completion(run, B, "news", PageOutcome.UPDATED, null, 200, 1, 200,
              new PageState(B, null, null, "hb", "doc-b", "w@100", null))));

      assertThat(store.queued(run)).isEmpty();
      assertThat(store.finishedPages(run)).containsExactlyInAnyOrder(A, B);
      assertThat(store.page(A).docId()).isEqualTo("doc-a");
      assertThat(store.report(run).total().added()).isEqualTo(1);
    }
    assertThat(fetchLogLines()).isEqualTo(2);
  }

  @Test
  void aBatchThatFailsPartWayLeavesNothingOfItself() throws Exception {
    long run;
    try (CrawlStore store = CrawlStore.open(dataDir)) {
      run = store.openRun().id();
      store.enqueue(run, URI.create(A), A, "news", 0);
      store.enqueue(run, URI.create(B), B, "news", 0);
      List<Completion> batch = List.of(
          new Completion(run, A, "news", PageOutcome.NEW, null, 200, 1, 100,
              new PageState(A, null, null, "ha", "doc-a", "w@0", null)),
          // a page without a URL cannot be stored: the second half of the batch fails
          new Completion(run, B, "news", PageOutcome.NEW, null, 200, 1, 100,
              new PageState(null, null, null, "hb", "doc-b", "w@100", null)));

      assertThatThrownBy(() -> store.complete(batch)).isInstanceOf(IOException.class).hasMessageStartingWith(
          "crawl state: ");

      assertThat(store.queued(run)).extracting(e -> e.url().toString()).containsExactly(A, B);
      assertThat(store.finishedPages(run)).isEmpty();
      assertThat(store.page(A)).isEqualTo(PageState.unknown(A));
    }
    assertThat(fetchLogLines()).isZero();
  }

  @Test
  void aFetchDuringDiscoveryIsRememberedWithItsLineOfHistory() throws Exception {
    String feed = "https://news.example/feed.xml";
    try (CrawlStore store = CrawlStore.open(dataDir)) {
      long run = store.openRun().id();
      store.remember(new PageState(feed, "\"f\"", null, null, null, "w@0", A), 200, run, 2, 321);
      assertThat(store.page(feed).storedText()).isEqualTo(A);

      assertThatThrownBy(() -> store.remember(PageState.unknown(null), 200, run, 1, 0)).isInstanceOf(IOException.class);
    }
    try (CrawlDatabase database = CrawlDatabase.open(dataDir)) {
      assertThat(database.jdbc().sql("SELECT url, attempts, body_bytes, outcome FROM fetch_log")
          .query((rs, row) -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getLong(3) + " " + rs.getString(4))
          .list())
          .containsExactly(feed + " 2 321 discovery");
    }
  }

  @Test
  void aPageFoundByManyThreadsAtOnceIsQueuedOnce() throws Exception {
    try (CrawlStore store = CrawlStore.open(dataDir); ExecutorService threads = Executors.newFixedThreadPool(8)) {
      long run = store.openRun().id();
      List<Callable<CrawlStore.Enqueued>> finds = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String raw = A + (i % 2 == 0 ? "" : "?utm_source=" + i);
        finds.add(() -> store.enqueue(run, URI.create(A), raw, "news", 1));
      }
      List<CrawlStore.Enqueued> outcomes = new ArrayList<>();
      for (Future<CrawlStore.Enqueued> outcome : threads.invokeAll(finds)) {
        outcomes.add(outcome.get());
      }

      assertThat(outcomes).filteredOn(o -> o == CrawlStore.Enqueued.QUEUED).hasSize(1);
      assertThat(store.queued(run)).hasSize(1);
      int aliases = (int) outcomes.stream().filter(o -> o == CrawlStore.Enqueued.ALIAS).count();
      // the spelling found first is the page's; every other spelling is an alias of it: the 32
      // tracking spellings when the plain address came first, else the 31 other tracking ones and
      // the 32 plain finds (which thread runs first is the scheduler's choice)
      assertThat(aliases).isIn(31, 32, 63);
      assertThat(store.report(run).total().duplicates()).isEqualTo(aliases);
    }
  }

  @Test
  void anUnknownRunHasNoReport() throws Exception {
    try (CrawlStore store = CrawlStore.open(dataDir)) {
      assertThatThrownBy(() -> store.report(99)).isInstanceOf(IOException.class).hasMessage("no crawl run 99");
      assertThat(store.recentReports(5)).isEmpty();
    }
  }

  private int fetchLogLines() throws IOException {
    try (CrawlDatabase database = CrawlDatabase.open(dataDir)) {
      return database.jdbc().sql("SELECT COUNT(*) FROM fetch_log").query(Integer.class).single();
    }
  }
}
