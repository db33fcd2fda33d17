package vn.policykb.ingest.crawl.state;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The runs ({@code runs}), how far each got with each source ({@code run_sources}), and the feeds
 * and sitemaps a run could not read ({@code run_problems}).
 */
final class Runs {

  private final JdbcClient jdbc;

  Runs(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The run left unfinished by an interrupted process, marked resumed; else a new run. */
  CrawlStore.Run open() {
    Optional<Long> unfinished = jdbc.sql("SELECT id FROM runs WHERE status = ? ORDER BY id DESC LIMIT 1")
        .param(CrawlStore.RUNNING)
        .query(Long.class).optional();
    if (unfinished.isPresent()) {
      jdbc.sql("UPDATE runs SET resumed = TRUE WHERE id = ?").param(unfinished.get()).update();
      return new CrawlStore.Run(unfinished.get(), true);
    }
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO runs (started, status) VALUES (?, ?)")
        .params(System.currentTimeMillis(), CrawlStore.RUNNING)
        .update(keys, "id");
    return new CrawlStore.Run(keys.getKeyAs(Long.class), false);
  }

  void finish(long run, String status) {
    jdbc.sql("UPDATE runs SET status = ?, finished = ? WHERE id = ?")
        .params(status, System.currentTimeMillis(), run)
        .update();
  }

  /** The ids of the latest runs, newest first. */
  List<Long> latest(int limit) {
    return jdbc.sql("SELECT id FROM runs ORDER BY id DESC LIMIT ?").param(limit).query(Long.class).list();
  }

  /** Notes when the run first took up a source; taking it up again keeps that time. */
  void sourceStarted(long run, String source) {
    jdbc.sql("MERGE INTO run_sources (run_id, source, started) KEY (run_id, source)"
            + " SELECT :run, :source,"
            + " COALESCE((SELECT started FROM run_sources WHERE run_id = :run AND source = :source), :now)")
        .param("run", run)
        .param("source", source)
        .param("now", System.currentTimeMillis())
        .update();
  }

  /** Whether a source's feeds, sitemaps and start pages were all read in the run. */
  boolean discovered(long run, String source) {
    return jdbc.sql("SELECT discovered FROM run_sources WHERE run_id = ? AND source = ?")
        .params(run, source)
        .query(Boolean.class).optional()
        .orElse(false);
  }

  void markDiscovered(long run, String source) {
    jdbc.sql("UPDATE run_sources SET discovered = TRUE WHERE run_id = ? AND source = ?").params(run, source).update();
  }

  /** Records a feed, sitemap or robots.txt that could not be read. */
  void problem(long run, String source, String url, String reason) {
    jdbc.sql("INSERT INTO run_problems (run_id, source, url, reason) VALUES (?, ?, ?, ?)")
        .params(run, source, Columns.clip(url, Columns.URL), Columns.clip(reason, Columns.REASON))
        .update();
  }
}
