package vn.policykb.ingest.crawl.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.policykb.ingest.crawl.CrawlReport;
import vn.policykb.ingest.crawl.PageOutcome;

/** The schema is made by Flyway's scripts, and a database made before Flyway is taken over with its data. */
class CrawlSchemaTest {

  @TempDir
  Path dataDir;

  @Test
  void aNewDatabaseGetsEveryScriptInOrder() throws Exception {
    try (CrawlDatabase database = CrawlDatabase.open(dataDir)) {
      JdbcClient jdbc = database.jdbc();
      assertThat(history(jdbc)).containsExactly("1 SQL", "2 SQL");
      assertThat(tables(jdbc)).containsExactlyInAnyOrder("FETCH_LOG", "FRONTIER", "PAGES", "RUNS", "RUN_PROBLEMS",
          "RUN_SOURCES", "flyway_schema_history");
      assertThat(database.schemaVersion()).isEqualTo(2);
    }
  }

  @Test
  void reopeningAppliesNothingAgain() throws Exception {
    try (CrawlStore store = CrawlStore.open(dataDir)) {
      store.finishRun(store.openRun().id(), CrawlStore.COMPLETED);
    }
    try (CrawlDatabase database = CrawlDatabase.open(dataDir)) {
      assertThat(history(database.jdbc())).containsExactly("1 SQL", "2 SQL");
      assertThat(database.jdbc().sql("SELECT status FROM runs").query(String.class).list())
          .containsExactly("completed");
    }
  }

  @Test
  void aDatabaseMadeBeforeFlywayKeepsItsDataAndLosesItsOwnVersionTable() throws Exception {
    makePreFlywayDatabase("pre-flyway-v1.sql");

    try (CrawlStore store = CrawlStore.open(dataDir)) {
      assertThat(store.schemaVersion()).isEqualTo(2);
      // the run the killed process left is taken up, with its finished and its queued pages
      CrawlStore.Run run = store.openRun();
      assertThat(run).isEqualTo(new CrawlStore.Run(2, true));
      assertThat(store.finishedPages(2)).containsExactly("https://news.example/a.html");
      assertThat(store.queued(2)).containsExactly(
          new FrontierEntry(2, URI.create("https://news.example/b.html"), "news", 1));
      assertThat(store.discovered(2, "news")).isTrue();
      assertThat(store.page("https://news.example/a.html")).isEqualTo(new PageState("https://news.example/a.html",
          "\"abc\"", "Thu, 01 Jan 2026 00:00:00 GMT", "hash-a", "doc-a", "crawl-1.warc.gz@0", null));
      // and written to as before: the identity columns go on from the old rows
      store.complete(List.of(new Completion(2, "https://news.example/b.html", "news", PageOutcome.UNCHANGED, null, 304,
          1, 0, null)));
      store.finishRun(2, CrawlStore.COMPLETED);
      assertThat(store.openRun()).isEqualTo(new CrawlStore.Run(3, false));

      List<CrawlReport> reports = store.recentReports(10);
      assertThat(reports).extracting(CrawlReport::run).containsExactly(3L, 2L, 1L);
      CrawlReport.SourceReport news = reports.get(1).sources().getFirst();
      assertThat(news.source()).isEqualTo("news");
      assertThat(List.of(news.discovered(), news.fetched(), news.added(), news.unchanged()))
          .containsExactly(2, 2, 1, 1);
      assertThat(reports.get(2).durationMillis()).isEqualTo(60_000);
    }
    try (CrawlDatabase database = CrawlDatabase.open(dataDir)) {
      JdbcClient jdbc = database.jdbc();
      assertThat(tables(jdbc)).doesNotContain("SCHEMA_VERSION");
      assertThat(history(jdbc)).containsExactly("1 BASELINE", "2 SQL");
      assertThat(jdbc.sql("SELECT COUNT(*) FROM fetch_log").query(Integer.class).single()).isEqualTo(2);
    }
  }

  @Test
  void aDatabaseWhoseFirstStepNeverRanGetsEveryScript() throws Exception {
    // the old code made its version table first: a process killed right then left it empty
    Files.createDirectories(dataDir.resolve("crawl"));
    try (Connection connection = DriverManager.getConnection(url(), "sa", "");
        Statement st = connection.createStatement()) {
      st.execute("CREATE TABLE schema_version (version INT PRIMARY KEY, description VARCHAR(200) NOT NULL,"
          + " applied BIGINT NOT NULL)");
    }
    try (CrawlDatabase database = CrawlDatabase.open(dataDir)) {
      assertThat(tables(database.jdbc())).contains("RUNS", "FRONTIER").doesNotContain("SCHEMA_VERSION");
      assertThat(database.schemaVersion()).isEqualTo(2);
    }
  }

  @Test
  void onlyADatabaseWithTheOldVersionTableHasAPreFlywayVersion() throws Exception {
    makePreFlywayDatabase("pre-flyway-v1.sql");
    assertThat(CrawlSchema.preFlywayVersion(plainDataSource())).contains(1);
    CrawlDatabase.open(dataDir).close();
    assertThat(CrawlSchema.preFlywayVersion(plainDataSource())).isEmpty();
  }

  private JdbcDataSource plainDataSource() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url());
    dataSource.setUser("sa");
    return dataSource;
  }

  private void makePreFlywayDatabase(String script) throws Exception {
    Files.createDirectories(dataDir.resolve("crawl"));
    try (Connection connection = DriverManager.getConnection(url(), "sa", "");
        Statement st = connection.createStatement()) {
      st.execute("RUNSCRIPT FROM 'classpath:/vn/policykb/ingest/crawl/state/" + script + "'");
    }
  }

  private String url() {
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("crawl").resolve("state") + ";WRITE_DELAY=0;FILE_LOCK=FS";
  }

  /** Each version Flyway recorded, with how it came: run as a script, or taken as the baseline. */
  private static List<String> history(JdbcClient jdbc) {
    return jdbc.sql("SELECT \"version\", \"type\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL"
            + " ORDER BY \"installed_rank\"")
        .query((rs, row) -> rs.getString(1) + " " + rs.getString(2))
        .list();
  }

  private static List<String> tables(JdbcClient jdbc) {
    return jdbc.sql("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")
        .query(String.class).list();
  }
}
