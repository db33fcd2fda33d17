package vn.policykb.ingest.crawl.state;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.policykb.ingest.crawl.CrawlReport;
import vn.policykb.ingest.crawl.PageOutcome;

/**
 * The crawl's state in an embedded H2 database under {@code DIR/crawl}: runs, each run's frontier
 * and the outcome of each of its pages, what is known of every URL fetched (validators, content
 * hash, document, WARC record), and the fetch history. Every change is its own transaction,
 * written through at once ({@code WRITE_DELAY=0}), so that a process killed at any point leaves
 * the state of its last completed step.
 */
public final class CrawlStore implements Closeable {

  public static final String RUNNING = "running";
  public static final String COMPLETED = "completed";
  public static final String STOPPED = "stopped";

  private static final int MAX_PROBLEMS = 200;

  private final Connection connection;

  private CrawlStore(Connection connection) {
    this.connection = connection;
  }

  /** Opens (or creates and migrates) the state database of a data directory. */
  public static CrawlStore open(Path dataDir) throws IOException {
    Path dir = dataDir.resolve("crawl");
    Files.createDirectories(dir);
    // the OS lock goes with a killed process: the next run need not wait for a stale lock file
    String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("state") + ";WRITE_DELAY=0;FILE_LOCK=FS";
    try {
      Connection connection = DriverManager.getConnection(url, "sa", "");
      Migrations.apply(connection);
      return new CrawlStore(connection);
    } catch (SQLException e) {
      if (e.getErrorCode() == 90020) { // DATABASE_ALREADY_OPEN_1
        throw new IOException("the crawl state at " + dir + " is open in another process (the web app or another"
            + " crawl); stop that process, or let the web app run the crawl, then try again");
      }
      throw new IOException("cannot open the crawl state at " + dir + ": " + e.getMessage(), e);
    }
  }

  /** A run to work on: the one left unfinished by an interrupted process, else a new one. */
  public synchronized Run openRun() throws IOException {
    try {
      try (PreparedStatement st = connection.prepareStatement(
          "SELECT id, started FROM runs WHERE status = ? ORDER BY id DESC LIMIT 1")) {
        st.setString(1, RUNNING);
        try (ResultSet rs = st.executeQuery()) {
          if (rs.next()) {
            long id = rs.getLong(1);
            update("UPDATE runs SET resumed = TRUE WHERE id = ?", id);
            return new Run(id, true);
          }
        }
      }
      try (PreparedStatement st = connection.prepareStatement(
          "INSERT INTO runs (started, status) VALUES (?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
        st.setLong(1, System.currentTimeMillis());
        st.setString(2, RUNNING);
        st.executeUpdate();
        try (ResultSet keys = st.getGeneratedKeys()) {
          keys.next();
          return new Run(keys.getLong(1), false);
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** A run: its id, and whether it takes up an interrupted one. */
  public record Run(long id, boolean resumed) {}

  public synchronized void finishRun(long run, String status) throws IOException {
    try {
      try (PreparedStatement st = connection.prepareStatement("UPDATE runs SET status = ?, finished = ? WHERE id = ?")) {
        st.setString(1, status);
        st.setLong(2, System.currentTimeMillis());
        st.setLong(3, run);
        st.executeUpdate();
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Whether a source's feeds, sitemaps and start pages were all read in this run. */
  public synchronized boolean discovered(long run, String source) throws IOException {
    try (PreparedStatement st = connection.prepareStatement(
        "SELECT discovered FROM run_sources WHERE run_id = ? AND source = ?")) {
      st.setLong(1, run);
      st.setString(2, source);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  public synchronized void sourceStarted(long run, String source) throws IOException {
    try (PreparedStatement st = connection.prepareStatement(
        "MERGE INTO run_sources (run_id, source, started) KEY (run_id, source) "
            + "SELECT ?, ?, COALESCE((SELECT started FROM run_sources WHERE run_id = ? AND source = ?), ?)")) {
      st.setLong(1, run);
      st.setString(2, source);
      st.setLong(3, run);
      st.setString(4, source);
      st.setLong(5, System.currentTimeMillis());
      st.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  public synchronized void markDiscovered(long run, String source) throws IOException {
    try {
      update2("UPDATE run_sources SET discovered = TRUE WHERE run_id = ? AND source = ?", run, source);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** What enqueueing a URL did. */
  public enum Enqueued { QUEUED, KNOWN, ALIAS }

  /**
   * Queues a candidate page unless the run has it already. A URL already queued under another
   * spelling (a tracking parameter, an AMP variant) counts as an alias: a duplicate of that page.
   */
  public synchronized Enqueued enqueue(long run, URI url, String raw, String source, int depth) throws IOException {
    return insert(run, url, raw, source, depth, null, null);
  }

  /** Records a candidate that will not be fetched (off-site, robots.txt, page limit), with why. */
  public synchronized Enqueued skip(long run, URI url, String raw, String source, String reason) throws IOException {
    return insert(run, url, raw, source, 0, PageOutcome.SKIPPED, reason);
  }

  private Enqueued insert(long run, URI url, String raw, String source, int depth, PageOutcome outcome, String reason)
      throws IOException {
    try {
      try (PreparedStatement st = connection.prepareStatement(
          "SELECT raw_url FROM frontier WHERE run_id = ? AND url = ?")) {
        st.setLong(1, run);
        st.setString(2, url.toString());
        try (ResultSet rs = st.executeQuery()) {
          if (rs.next()) {
            if (!rs.getString(1).equals(raw)) {
              update2("UPDATE frontier SET aliases = aliases + 1 WHERE run_id = ? AND url = ?", run, url.toString());
              return Enqueued.ALIAS;
            }
            return Enqueued.KNOWN;
          }
        }
      }
      try (PreparedStatement st = connection.prepareStatement(
          "INSERT INTO frontier (run_id, url, raw_url, source, depth, state, outcome, reason, done_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        st.setLong(1, run);
        st.setString(2, url.toString());
        st.setString(3, clip(raw, 4096));
        st.setString(4, source);
        st.setInt(5, depth);
        st.setString(6, outcome == null ? "queued" : "done");
        st.setString(7, outcome == null ? null : outcome.label());
        st.setString(8, clip(reason, 2000));
        if (outcome == null) {
          st.setNull(9, Types.BIGINT);
        } else {
          st.setLong(9, System.currentTimeMillis());
        }
        st.executeUpdate();
      }
      return Enqueued.QUEUED;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Candidate pages of a source in the run, skipped ones aside: what the page limit counts. */
  public synchronized int queuedOrDone(long run, String source) throws IOException {
    try (PreparedStatement st = connection.prepareStatement(
        "SELECT COUNT(*) FROM frontier WHERE run_id = ? AND source = ? AND (outcome IS NULL OR outcome <> 'skipped')")) {
      st.setLong(1, run);
      st.setString(2, source);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** The pages of the run still to fetch, in the order they were found. */
  public synchronized List<FrontierEntry> queued(long run) throws IOException {
    List<FrontierEntry> out = new ArrayList<>();
    try (PreparedStatement st = connection.prepareStatement(
        "SELECT url, source, depth FROM frontier WHERE run_id = ? AND state = 'queued' ORDER BY depth, _ROWID_")) {
      st.setLong(1, run);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new FrontierEntry(run, URI.create(rs.getString(1)), rs.getString(2), rs.getInt(3)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** What is known of a URL; {@link PageState#unknown} when it was never fetched. */
  public synchronized PageState page(String url) throws IOException {
    try (PreparedStatement st = connection.prepareStatement(
        "SELECT etag, last_modified, content_hash, doc_id, warc, stored_text FROM pages WHERE url = ?")) {
      st.setString(1, url);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return PageState.unknown(url);
        }
        return new PageState(url, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Remembers a feed, sitemap, listing page or robots.txt fetched during discovery. */
  public synchronized void remember(PageState page, int status, long run, int attempts, long bodyBytes) throws IOException {
    try {
      connection.setAutoCommit(false);
      upsertPage(page, status, null);
      log(run, page.url(), status, attempts, bodyBytes, "discovery", null);
      connection.commit();
    } catch (SQLException e) {
      rollback();
      throw failure(e);
    } finally {
      autoCommit();
    }
  }

  /** Records a feed or sitemap that could not be read. */
  public synchronized void problem(long run, String source, String url, String reason) throws IOException {
    try (PreparedStatement st = connection.prepareStatement(
        "INSERT INTO run_problems (run_id, source, url, reason) VALUES (?, ?, ?, ?)")) {
      st.setLong(1, run);
      st.setString(2, source);
      st.setString(3, clip(url, 4096));
      st.setString(4, clip(reason, 2000));
      st.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Ends pages of the run, all in one transaction: after the index commit that holds their documents. */
  public synchronized void complete(List<Completion> completions) throws IOException {
    if (completions.isEmpty()) {
      return;
    }
    try {
      connection.setAutoCommit(false);
      for (Completion c : completions) {
        try (PreparedStatement st = connection.prepareStatement(
            "UPDATE frontier SET state = 'done', outcome = ?, reason = ?, requests = requests + ?,"
                + " body_bytes = body_bytes + ?, done_at = ? WHERE run_id = ? AND url = ?")) {
          st.setString(1, c.outcome().label());
          st.setString(2, clip(c.reason(), 2000));
          st.setInt(3, c.requests());
          st.setLong(4, c.bodyBytes());
          st.setLong(5, System.currentTimeMillis());
          st.setLong(6, c.run());
          st.setString(7, c.url());
          st.executeUpdate();
        }
        if (c.page() != null) {
          upsertPage(c.page(), c.status(), c.outcome() == PageOutcome.FAILED ? c.reason() : null);
        }
        log(c.run(), c.page() != null ? c.page().url() : c.url(), c.status(), c.requests(), c.bodyBytes(),
            c.outcome().label(), c.reason());
      }
      connection.commit();
    } catch (SQLException e) {
      rollback();
      throw failure(e);
    } finally {
      autoCommit();
    }
  }

  private void upsertPage(PageState page, int status, String error) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(
        "MERGE INTO pages (url, etag, last_modified, content_hash, doc_id, warc, status, error, fetched_at, fetches,"
            + " stored_text) KEY (url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " COALESCE((SELECT fetches FROM pages WHERE url = ?), 0) + 1, ?)")) {
      st.setString(1, page.url());
      st.setString(2, clip(page.etag(), 1000));
      st.setString(3, clip(page.lastModified(), 200));
      st.setString(4, page.contentHash());
      st.setString(5, page.docId());
      st.setString(6, page.warc());
      st.setInt(7, status);
      st.setString(8, clip(error, 2000));
      st.setLong(9, System.currentTimeMillis());
      st.setString(10, page.url());
      st.setString(11, page.storedText());
      st.executeUpdate();
    }
  }

  private void log(long run, String url, int status, int attempts, long bodyBytes, String outcome, String reason)
      throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(
        "INSERT INTO fetch_log (run_id, url, status, attempts, body_bytes, outcome, reason, at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      st.setLong(1, run);
      st.setString(2, clip(url, 4096));
      st.setInt(3, status);
      st.setInt(4, attempts);
      st.setLong(5, bodyBytes);
      st.setString(6, outcome);
      st.setString(7, clip(reason, 2000));
      st.setLong(8, System.currentTimeMillis());
      st.executeUpdate();
    }
  }

  /** The report of one run, from its frontier: what is in the database is what is reported. */
  public synchronized CrawlReport report(long run) throws IOException {
    try {
      Instant started;
      Instant finished;
      String status;
      boolean resumed;
      try (PreparedStatement st = connection.prepareStatement("SELECT started, finished, status, resumed FROM runs WHERE id = ?")) {
        st.setLong(1, run);
        try (ResultSet rs = st.executeQuery()) {
          if (!rs.next()) {
            throw new IOException("no crawl run " + run);
          }
          started = Instant.ofEpochMilli(rs.getLong(1));
          long f = rs.getLong(2);
          finished = rs.wasNull() ? null : Instant.ofEpochMilli(f);
          status = rs.getString(3);
          resumed = rs.getBoolean(4);
        }
      }
      Map<String, int[]> counts = new LinkedHashMap<>();
      Map<String, long[]> times = new LinkedHashMap<>();
      try (PreparedStatement st = connection.prepareStatement(
          "SELECT s.source, s.started, MAX(f.done_at) FROM run_sources s LEFT JOIN frontier f"
              + " ON f.run_id = s.run_id AND f.source = s.source WHERE s.run_id = ? GROUP BY s.source, s.started"
              + " ORDER BY s.started, s.source")) {
        st.setLong(1, run);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            counts.put(rs.getString(1), new int[10]);
            long end = rs.getLong(3);
            times.put(rs.getString(1), new long[] {rs.getLong(2), rs.wasNull() ? rs.getLong(2) : end});
          }
        }
      }
      try (PreparedStatement st = connection.prepareStatement(
          "SELECT source, outcome, COUNT(*), SUM(CASE WHEN requests > 0 THEN 1 ELSE 0 END),"
              + " SUM(CASE WHEN body_bytes > 0 THEN 1 ELSE 0 END), SUM(aliases)"
              + " FROM frontier WHERE run_id = ? GROUP BY source, outcome")) {
        st.setLong(1, run);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            int[] c = counts.computeIfAbsent(rs.getString(1), k -> new int[10]);
            String outcome = rs.getString(2);
            int n = rs.getInt(3);
            c[0] += n; // discovered
            c[1] += rs.getInt(4);
            c[2] += rs.getInt(5);
            c[6] += rs.getInt(6); // aliases are duplicates
            if (outcome != null) {
              switch (PageOutcome.of(outcome)) {
                case NEW -> c[3] += n;
                case UPDATED -> c[4] += n;
                case UNCHANGED -> c[5] += n;
                case DUPLICATE -> c[6] += n;
                case SKIPPED -> c[7] += n;
                case FAILED -> c[8] += n;
              }
            }
          }
        }
      }
      Map<String, List<CrawlReport.Problem>> problems = new LinkedHashMap<>();
      try (PreparedStatement st = connection.prepareStatement(
          "SELECT source, url, outcome, reason FROM frontier WHERE run_id = ? AND outcome IN ('skipped', 'failed',"
              + " 'duplicate') ORDER BY done_at, url")) {
        st.setLong(1, run);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            List<CrawlReport.Problem> list = problems.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
            if (list.size() < MAX_PROBLEMS) {
              list.add(new CrawlReport.Problem(rs.getString(2), rs.getString(3), rs.getString(4)));
            }
          }
        }
      }
      try (PreparedStatement st = connection.prepareStatement(
          "SELECT source, url, reason FROM run_problems WHERE run_id = ? ORDER BY id")) {
        st.setLong(1, run);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            counts.computeIfAbsent(rs.getString(1), k -> new int[10])[8]++;
            List<CrawlReport.Problem> list = problems.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
            if (list.size() < MAX_PROBLEMS) {
              list.add(new CrawlReport.Problem(rs.getString(2), "failed", rs.getString(3)));
            }
          }
        }
      }
      List<CrawlReport.SourceReport> sources = new ArrayList<>();
      for (var entry : counts.entrySet()) {
        int[] c = entry.getValue();
        long[] t = times.getOrDefault(entry.getKey(), new long[2]);
        sources.add(new CrawlReport.SourceReport(entry.getKey(), c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8],
            Math.max(0, t[1] - t[0]), problems.getOrDefault(entry.getKey(), List.of())));
      }
      return new CrawlReport(run, started, finished, status, resumed, sources);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** The reports of the latest runs, newest first. */
  public synchronized List<CrawlReport> recentReports(int limit) throws IOException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement st = connection.prepareStatement("SELECT id FROM runs ORDER BY id DESC LIMIT ?")) {
      st.setInt(1, limit);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    List<CrawlReport> out = new ArrayList<>();
    for (long id : ids) {
      out.add(report(id));
    }
    return out;
  }

  /** The pages of a run that reached their outcome. */
  public synchronized List<String> finishedPages(long run) throws IOException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement st = connection.prepareStatement(
        "SELECT url FROM frontier WHERE run_id = ? AND state = 'done' AND requests > 0")) {
      st.setLong(1, run);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** The schema version the database is at. */
  public synchronized int schemaVersion() throws IOException {
    try (var st = connection.createStatement(); var rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private void update(String sql, long id) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      st.setLong(1, id);
      st.executeUpdate();
    }
  }

  private void update2(String sql, long id, String text) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      st.setLong(1, id);
      st.setString(2, text);
      st.executeUpdate();
    }
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the original failure is the one worth reporting
    }
  }

  private void autoCommit() {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the connection is broken; the next statement reports it
    }
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  private static IOException failure(SQLException e) {
    return new IOException("crawl state: " + e.getMessage(), e);
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure(e);
    }
  }
}
