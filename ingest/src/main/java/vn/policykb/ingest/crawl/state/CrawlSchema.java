package vn.policykb.ingest.crawl.state;

import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The crawl database's schema: the SQL scripts under {@code db/crawl}, applied once each and in
 * order by Flyway when the database opens.
 *
 * <p>Databases made before Flyway recorded their version in a table {@code schema_version} of
 * their own, whose numbers are those of the scripts. Such a database is taken over at its
 * version: Flyway records that version as its baseline and applies only the later scripts, the
 * first of which drops the old table.
 */
final class CrawlSchema {

  static final String LOCATION = "classpath:db/crawl";

  private CrawlSchema() {}

  /** Brings the database to the newest schema. */
  static void migrate(DataSource dataSource) throws FlywayException {
    FluentConfiguration configuration = configure(dataSource)
        // no scripts found means a broken package, not a database to leave empty
        .failOnMissingLocations(true);
    preFlywayVersion(dataSource).ifPresent(version -> configuration
        .baselineOnMigrate(true)
        .baselineVersion(MigrationVersion.fromVersion(Integer.toString(version)))
        .baselineDescription("schema_version " + version));
    configuration.load().migrate();
  }

  private static FluentConfiguration configure(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations(LOCATION)
        // the logging the rest of the project uses, rather than every logging API on the class path
        .loggers("slf4j");
  }

  /** The version a database made before Flyway is at; empty for any other database. */
  static Optional<Integer> preFlywayVersion(DataSource dataSource) {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    boolean hasTable = jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
            + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'SCHEMA_VERSION'")
        .query(Integer.class).single() > 0;
    if (!hasTable) {
      return Optional.empty();
    }
    return Optional.of(jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM schema_version").query(Integer.class).single());
  }

  /** The version of the newest script applied (or of the baseline a database was taken over at). */
  static int version(DataSource dataSource) {
    var current = configure(dataSource).load().info().current();
    return current == null ? 0 : Integer.parseInt(current.getVersion().getVersion());
  }
}
