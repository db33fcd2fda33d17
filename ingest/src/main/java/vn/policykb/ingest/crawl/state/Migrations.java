package vn.policykb.ingest.crawl.state;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The crawl database's schema, as numbered steps applied once each and in order; the versions
 * applied are kept in {@code schema_version}. A new column or table is a new step at the end: a
 * step once released is never edited, so that every existing database reaches the same schema.
 */
final class Migrations {

  record Step(int version, String description, List<String> statements) {}

  static final List<Step> STEPS = List.of(
      new Step(1, "runs, frontier, pages, fetch history", List.of(
          """
          CREATE TABLE runs (
            id BIGINT AUTO_INCREMENT PRIMARY KEY,
            started BIGINT NOT NULL,
            finished BIGINT,
            status VARCHAR(16) NOT NULL,
            resumed BOOLEAN DEFAULT FALSE NOT NULL)""",
          """
          CREATE TABLE run_sources (
            run_id BIGINT NOT NULL,
            source VARCHAR(200) NOT NULL,
            started BIGINT NOT NULL,
            discovered BOOLEAN DEFAULT FALSE NOT NULL,
            PRIMARY KEY (run_id, source))""",
          """
          CREATE TABLE frontier (
            run_id BIGINT NOT NULL,
            url VARCHAR(4096) NOT NULL,
            raw_url VARCHAR(4096) NOT NULL,
            source VARCHAR(200) NOT NULL,
            depth INT NOT NULL,
            state VARCHAR(8) NOT NULL,
            outcome VARCHAR(16),
            reason VARCHAR(2000),
            aliases INT DEFAULT 0 NOT NULL,
            requests INT DEFAULT 0 NOT NULL,
            body_bytes BIGINT DEFAULT 0 NOT NULL,
            done_at BIGINT,
            PRIMARY KEY (run_id, url))""",
          "CREATE INDEX frontier_state ON frontier (run_id, state)",
          """
          CREATE TABLE run_problems (
            id BIGINT AUTO_INCREMENT PRIMARY KEY,
            run_id BIGINT NOT NULL,
            source VARCHAR(200) NOT NULL,
            url VARCHAR(4096) NOT NULL,
            reason VARCHAR(2000) NOT NULL)""",
          """
          CREATE TABLE pages (
            url VARCHAR(4096) PRIMARY KEY,
            etag VARCHAR(1000),
            last_modified VARCHAR(200),
            content_hash VARCHAR(64),
            doc_id VARCHAR(128),
            warc VARCHAR(400),
            status INT,
            error VARCHAR(2000),
            fetched_at BIGINT,
            fetches INT DEFAULT 0 NOT NULL,
            stored_text CLOB)""",
          """
          CREATE TABLE fetch_log (
            id BIGINT AUTO_INCREMENT PRIMARY KEY,
            run_id BIGINT NOT NULL,
            url VARCHAR(4096) NOT NULL,
            status INT,
            attempts INT NOT NULL,
            body_bytes BIGINT NOT NULL,
            outcome VARCHAR(16) NOT NULL,
            reason VARCHAR(2000),
            at BIGINT NOT NULL)""",
          "CREATE INDEX fetch_log_run ON fetch_log (run_id)")));

  private Migrations() {}

  /** Brings the database to the newest schema; returns the steps applied. */
  static int apply(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, description VARCHAR(200) NOT NULL,"
          + " applied BIGINT NOT NULL)");
    }
    int current = 0;
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      rs.next();
      current = rs.getInt(1);
    }
    int applied = 0;
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      for (Step step : STEPS) {
        if (step.version() <= current) {
          continue;
        }
        try (Statement st = connection.createStatement()) {
          for (String sql : step.statements()) {
            st.execute(sql);
          }
          try (var insert = connection.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
            insert.setInt(1, step.version());
            insert.setString(2, step.description());
            insert.setLong(3, System.currentTimeMillis());
            insert.executeUpdate();
          }
        }
        connection.commit();
        applied++;
      }
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    return applied;
  }

  static int latest() {
    return STEPS.getLast().version();
  }
}
