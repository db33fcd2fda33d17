package vn.policykb.ingest.crawl.state;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The fetch history ({@code fetch_log}): one line for every page, feed, sitemap or robots.txt fetched. */
final class FetchLog {

  private final JdbcClient jdbc;

  FetchLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param status the last HTTP status, or 0 when there was no answer
   * @param outcome the page's outcome, or {@code discovery} for a feed, sitemap, listing page or robots.txt
   */
  void add(long run, String url, int status, int attempts, long bodyBytes, String outcome, String reason) {
    jdbc.sql("INSERT INTO fetch_log (run_id, url, status, attempts, body_bytes, outcome, reason, at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .param(run)
        .param(Columns.clip(url, Columns.URL))
        .param(status)
        .param(attempts)
        .param(bodyBytes)
        .param(outcome)
        .param(Columns.clip(reason, Columns.REASON))
        .param(System.currentTimeMillis())
        .update();
  }
}
