package vn.policykb.ingest.crawl.state;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded H2 database under {@code DIR/crawl}, migrated to the newest schema at open: the
 * client that queries it and the transactions that group its changes. Outside a transaction each
 * statement commits on its own, written through at once ({@code WRITE_DELAY=0}), so that a
 * process killed at any point leaves the state of its last completed step.
 */
final class CrawlDatabase implements Closeable {

  private final JdbcConnectionPool pool;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  private CrawlDatabase(JdbcConnectionPool pool) {
    this.pool = pool;
    this.jdbc = JdbcClient.create(pool);
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
  }

  /** Opens (or creates and migrates) the state database of a data directory. */
  static CrawlDatabase open(Path dataDir) throws IOException {
    Path dir = dataDir.resolve("crawl");
    Files.createDirectories(dir);
    // the OS lock goes with a killed process: the next run need not wait for a stale lock file
    String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("state") + ";WRITE_DELAY=0;FILE_LOCK=FS";
    // the pool keeps its connections open, and with them the database and its lock, until close
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    try {
      // the first connection takes the lock: a database held elsewhere is told apart here
      pool.getConnection().close();
      CrawlSchema.migrate(pool);
      return new CrawlDatabase(pool);
    } catch (SQLException e) {
      pool.dispose();
      if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
        throw new IOException("the crawl state at " + dir + " is open in another process (the web app or another"
            + " crawl); stop that process, or let the web app run the crawl, then try again");
      }
      throw new IOException("cannot open the crawl state at " + dir + ": " + e.getMessage(), e);
    } catch (FlywayException | DataAccessException e) {
      pool.dispose();
      throw new IOException("cannot open the crawl state at " + dir + ": " + e.getMessage(), e);
    }
  }

  JdbcClient jdbc() {
    return jdbc;
  }

  /** Runs work in one transaction: all of its changes are committed, or none. */
  void inTransaction(Runnable work) {
    transactions.executeWithoutResult(status -> work.run());
  }

  /** The version of the schema the database is at. */
  int schemaVersion() {
    return CrawlSchema.version(pool);
  }

  @Override
  public void close() {
    pool.dispose();
  }
}
