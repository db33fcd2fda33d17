package vn.policykb.ingest.crawl.state;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.policykb.ingest.crawl.PageOutcome;

/** Each run's candidate pages ({@code frontier}): queued, then done with an outcome and its reason. */
final class Frontier {

  private final JdbcClient jdbc;

  Frontier(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds a candidate page unless the run has it already: queued, or, given an outcome, done at
   * once. A URL the run has under another spelling (a tracking parameter, an AMP variant) counts
   * one more alias of that page.
   */
  CrawlStore.Enqueued add(long run, URI url, String raw, String source, int depth, PageOutcome outcome,
      String reason) {
    Optional<String> known = jdbc.sql("SELECT raw_url FROM frontier WHERE run_id = ? AND url = ?")
        .params(run, url.toString())
        .query(String.class).optional();
    if (known.isPresent()) {
      if (!known.get().equals(raw)) {
        jdbc.sql("UPDATE frontier SET aliases = aliases + 1 WHERE run_id = ? AND url = ?")
            .params(run, url.toString())
            .update();
        return CrawlStore.Enqueued.ALIAS;
      }
      return CrawlStore.Enqueued.KNOWN;
    }
    jdbc.sql("INSERT INTO frontier (run_id, url, raw_url, source, depth, state, outcome, reason, done_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .param(run)
        .param(url.toString())
        .param(Columns.clip(raw, Columns.URL))
        .param(source)
        .param(depth)
        .param(outcome == null ? "queued" : "done")
        .param(outcome == null ? null : outcome.label())
        .param(Columns.clip(reason, Columns.REASON))
        .param(outcome == null ? null : System.currentTimeMillis())
        .update();
    return CrawlStore.Enqueued.QUEUED;
  }

  /** Candidate pages of a source in the run, skipped ones aside: what the page limit counts. */
  int queuedOrDone(long run, String source) {
    return jdbc.sql("SELECT COUNT(*) FROM frontier WHERE run_id = ? AND source = ?"
            + " AND (outcome IS NULL OR outcome <> 'skipped')")
        .params(run, source)
        .query(Integer.class).single();
  }

  /** The pages of the run still to fetch, in the order they were found. */
  List<FrontierEntry> queued(long run) {
    return jdbc.sql("SELECT url, source, depth FROM frontier WHERE run_id = ? AND state = 'queued'"
            + " ORDER BY depth, _ROWID_")
        .param(run)
        .query((rs, row) -> new FrontierEntry(run, URI.create(rs.getString(1)), rs.getString(2), rs.getInt(3)))
        .list();
  }

  /** Ends a page of the run with its outcome, adding its requests and bytes to those counted before. */
  void finish(Completion c) {
    jdbc.sql("UPDATE frontier SET state = 'done', outcome = ?, reason = ?, requests = requests + ?,"
            + " body_bytes = body_bytes + ?, done_at = ? WHERE run_id = ? AND url = ?")
        .param(c.outcome().label())
        .param(Columns.clip(c.reason(), Columns.REASON))
        .param(c.requests())
        .param(c.bodyBytes())
        .param(System.currentTimeMillis())
        .param(c.run())
        .param(c.url())
        .update();
  }

  /** The pages of a run that were requested and reached their outcome. */
  List<String> finished(long run) {
    return jdbc.sql("SELECT url FROM frontier WHERE run_id = ? AND state = 'done' AND requests > 0")
        .param(run)
        .query(String.class).list();
  }
}
