package vn.policykb.ingest.crawl.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.policykb.ingest.crawl.CrawlReport;
import vn.policykb.ingest.crawl.PageOutcome;

/** The report of a run, computed from its tables: what is in the database is what is reported. */
final class RunReports {

  private static final int MAX_PROBLEMS = 200;

  private final JdbcClient jdbc;

  RunReports(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The report of one run; empty when there is no such run. */
  Optional<CrawlReport> report(long run) {
    Optional<Header> header = jdbc.sql("SELECT started, finished, status, resumed FROM runs WHERE id = ?")
        .param(run)
        .query((rs, row) -> new Header(Instant.ofEpochMilli(rs.getLong(1)), instant(rs.getObject(2, Long.class)),
            rs.getString(3), rs.getBoolean(4)))
        .optional();
    if (header.isEmpty()) {
      return Optional.empty();
    }
    // sources in the order the run took them up; a source known only from its pages comes after
    Map<String, Tally> tallies = new LinkedHashMap<>();
    jdbc.sql("SELECT s.source, s.started, MAX(f.done_at) FROM run_sources s LEFT JOIN frontier f"
            + " ON f.run_id = s.run_id AND f.source = s.source WHERE s.run_id = ? GROUP BY s.source, s.started"
            + " ORDER BY s.started, s.source")
        .param(run)
        .query(rs -> {
          Tally tally = tallies.computeIfAbsent(rs.getString(1), k -> new Tally());
          tally.started = rs.getLong(2);
          Long lastDone = rs.getObject(3, Long.class);
          tally.ended = lastDone == null ? tally.started : lastDone;
        });
    jdbc.sql("SELECT source, outcome, COUNT(*), SUM(CASE WHEN requests > 0 THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN body_bytes > 0 THEN 1 ELSE 0 END), SUM(aliases)"
            + " FROM frontier WHERE run_id = ? GROUP BY source, outcome")
        .param(run)
        .query(rs -> {
          Tally tally = tallies.computeIfAbsent(rs.getString(1), k -> new Tally());
          String outcome = rs.getString(2);
          int pages = rs.getInt(3);
          tally.discovered += pages;
          tally.fetched += rs.getInt(4);
          tally.bodies += rs.getInt(5);
          tally.duplicates += rs.getInt(6); // an alias is the same page under a second URL
          if (outcome != null) {
            switch (PageOutcome.of(outcome)) {
              case NEW -> tally.added += pages;
              case UPDATED -> tally.updated += pages;
              case UNCHANGED -> tally.unchanged += pages;
              case DUPLICATE -> tally.duplicates += pages;
              case SKIPPED -> tally.skipped += pages;
              case FAILED -> tally.failed += pages;
            }
          }
        });
    jdbc.sql("SELECT source, url, outcome, reason FROM frontier WHERE run_id = ?"
            + " AND outcome IN ('skipped', 'failed', 'duplicate') ORDER BY done_at, url")
        .param(run)
        .query(rs -> {
          tallies.computeIfAbsent(rs.getString(1), k -> new Tally())
              .problem(new CrawlReport.Problem(rs.getString(2), rs.getString(3), rs.getString(4)));
        });
    jdbc.sql("SELECT source, url, reason FROM run_problems WHERE run_id = ? ORDER BY id")
        .param(run)
        .query(rs -> {
          Tally tally = tallies.computeIfAbsent(rs.getString(1), k -> new Tally());
          tally.failed++;
          tally.problem(new CrawlReport.Problem(rs.getString(2), PageOutcome.FAILED.label(), rs.getString(3)));
        });
    List<CrawlReport.SourceReport> sources = new ArrayList<>();
    tallies.forEach((source, tally) -> sources.add(tally.report(source)));
    Header h = header.get();
    return Optional.of(new CrawlReport(run, h.started(), h.finished(), h.status(), h.resumed(), sources));
  }

  private static Instant instant(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }

  private record Header(Instant started, Instant finished, String status, boolean resumed) {}

  /** One source's figures as they are added up. */
  private static final class Tally {
    long started;
    long ended;
    int discovered;
    int fetched;
    int bodies;
    int added;
    int updated;
    int unchanged;
    int duplicates;
    int skipped;
    int failed;
    final List<CrawlReport.Problem> problems = new ArrayList<>();

    void problem(CrawlReport.Problem problem) {
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(problem);
      }
    }

    CrawlReport.SourceReport report(String source) {
      return new CrawlReport.SourceReport(source, discovered, fetched, bodies, added, updated, unchanged, duplicates,
          skipped, failed, Math.max(0, ended - started), problems);
    }
  }
}
