package vn.policykb.ingest.crawl.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class KnownPagesTest {

  private static final String URL = "https://news.example/feed.xml";

  @TempDir
  Path dataDir;

  private CrawlDatabase database;
  private JdbcClient jdbc;
  private KnownPages pages;

  @BeforeEach
  void open() throws Exception {
    database = CrawlDatabase.open(dataDir);
    jdbc = database.jdbc();
    pages = new KnownPages(jdbc);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aUrlNeverFetchedIsUnknown() {
    assertThat(pages.get(URL)).isEqualTo(PageState.unknown(URL));
  }

  @Test
  void theLatestFetchReplacesWhatWasKnownAndTheFetchesAreCounted() {
    String links = "https://news.example/a.html\n".repeat(5000); // past any VARCHAR: kept whole
    pages.store(new PageState(URL, "\"v1\"", "Thu, 01 Jan 2026 00:00:00 GMT", "h1", null, "crawl-1.warc.gz@0", links),
        200, null);
    assertThat(pages.get(URL)).isEqualTo(
        new PageState(URL, "\"v1\"", "Thu, 01 Jan 2026 00:00:00 GMT", "h1", null, "crawl-1.warc.gz@0", links));

    pages.store(new PageState(URL, null, null, "h2", "doc-1", "crawl-2.warc.gz@10", null), 503, "Service Unavailable");
    assertThat(pages.get(URL)).isEqualTo(new PageState(URL, null, null, "h2", "doc-1", "crawl-2.warc.gz@10", null));
    assertThat(jdbc.sql("SELECT status, error, fetches, fetched_at > 0 FROM pages WHERE url = ?").param(URL)
        .query((rs, row) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getBoolean(4))
        .single())
        .isEqualTo("503 Service Unavailable 2 true");
  }

  @Test
  void longValidatorsAreCutToFit() {
    pages.store(new PageState(URL, "e".repeat(1500), "m".repeat(300), null, null, null, null), 200, "x".repeat(3000));

    PageState known = pages.get(URL);
    assertThat(known.etag()).hasSize(1000);
    assertThat(known.lastModified()).hasSize(200);
    assertThat(jdbc.sql("SELECT LENGTH(error) FROM pages").query(Integer.class).single()).isEqualTo(2000);
  }
}
