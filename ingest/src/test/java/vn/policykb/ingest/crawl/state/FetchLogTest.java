package vn.policykb.ingest.crawl.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchLogTest {

  @Test
  void everyFetchIsALineOfHistory(@TempDir Path dataDir) throws Exception {
    try (CrawlDatabase database = CrawlDatabase.open(dataDir)) {
      FetchLog log = new FetchLog(database.jdbc());
      log.add(1, "https://news.example/feed.xml", 200, 1, 1234, "discovery", null);
      log.add(1, "https://news.example/a.html?" + "q".repeat(5000), 0, 3, 0, "failed", "timed out");

      assertThat(database.jdbc().sql("SELECT run_id, LENGTH(url), status, attempts, body_bytes, outcome, reason,"
              + " at > 0 FROM fetch_log ORDER BY id")
          .query((rs, row) -> rs.getLong(1) + " " + rs.getInt(2) + " " + rs.getInt(3) + " " + rs.getInt(4) + " "
              + rs.getLong(5) + " " + rs.getString(6) + " " + rs.getString(7) + " " + rs.getBoolean(8))
          .list())
          .containsExactly("1 29 200 1 1234 discovery null true", "1 4096 0 3 0 failed timed out true");
    }
  }
}
