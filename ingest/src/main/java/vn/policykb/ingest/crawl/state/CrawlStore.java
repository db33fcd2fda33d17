package vn.policykb.ingest.crawl.state;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import vn.policykb.ingest.crawl.CrawlReport;
import vn.policykb.ingest.crawl.PageOutcome;

/**
 * The crawl's state in an embedded H2 database under {@code DIR/crawl}: runs ({@link Runs}), each
 * run's frontier and the outcome of each of its pages ({@link Frontier}), what is known of every
 * URL fetched ({@link KnownPages}), the fetch history ({@link FetchLog}) and the reports computed
 * from them ({@link RunReports}). Every change is its own transaction, save the two that must
 * land together (a fetch remembered with its line of history, a batch of pages ended after their
 * index commit), so that a process killed at any point leaves the state of its last completed step.
 *
 * <p>One lock for the whole store: the crawl's threads share it, and a page is looked up then
 * queued without another thread queueing it in between.
 */
public final class CrawlStore implements Closeable {

  public static final String RUNNING = "running";
  public static final String COMPLETED = "completed";
  public static final String STOPPED = "stopped";

  private final CrawlDatabase database;
  private final Runs runs;
  private final Frontier frontier;
  private final KnownPages pages;
  private final FetchLog fetchLog;
  private final RunReports reports;

  private CrawlStore(CrawlDatabase database) {
    this.database = database;
    this.runs = new Runs(database.jdbc());
    this.frontier = new Frontier(database.jdbc());
    this.pages = new KnownPages(database.jdbc());
    this.fetchLog = new FetchLog(database.jdbc());
    this.reports = new RunReports(database.jdbc());
  }

  /** Opens (or creates and migrates) the state database of a data directory. */
  public static CrawlStore open(Path dataDir) throws IOException {
    return new CrawlStore(CrawlDatabase.open(dataDir));
  }

  /** A run: its id, and whether it takes up an interrupted one. */
  public record Run(long id, boolean resumed) {}

  /** What enqueueing a URL did. */
  public enum Enqueued { QUEUED, KNOWN, ALIAS }

  /** A run to work on: the one left unfinished by an interrupted process, else a new one. */
  public synchronized Run openRun() throws IOException {
    return io(runs::open);
  }

  public synchronized void finishRun(long run, String status) throws IOException {
    io(() -> runs.finish(run, status));
  }

  /** Whether a source's feeds, sitemaps and start pages were all read in this run. */
  public synchronized boolean discovered(long run, String source) throws IOException {
    return io(() -> runs.discovered(run, source));
  }

  public synchronized void sourceStarted(long run, String source) throws IOException {
    io(() -> runs.sourceStarted(run, source));
  }

  public synchronized void markDiscovered(long run, String source) throws IOException {
    io(() -> runs.markDiscovered(run, source));
  }

  /** Records a feed or sitemap that could not be read. */
  public synchronized void problem(long run, String source, String url, String reason) throws IOException {
    io(() -> runs.problem(run, source, url, reason));
  }

  /**
   * Queues a candidate page unless the run has it already. A URL already queued under another
   * spelling (a tracking parameter, an AMP variant) counts as an alias: a duplicate of that page.
   */
  public synchronized Enqueued enqueue(long run, URI url, String raw, String source, int depth) throws IOException {
    return io(() -> frontier.add(run, url, raw, source, depth, null, null));
  }

  /** Records a candidate that will not be fetched (off-site, robots.txt, page limit), with why. */
  public synchronized Enqueued skip(long run, URI url, String raw, String source, String reason) throws IOException {
    return io(() -> frontier.add(run, url, raw, source, 0, PageOutcome.SKIPPED, reason));
  }

  /** Candidate pages of a source in the run, skipped ones aside: what the page limit counts. */
  public synchronized int queuedOrDone(long run, String source) throws IOException {
    return io(() -> frontier.queuedOrDone(run, source));
  }

  /** The pages of the run still to fetch, in the order they were found. */
  public synchronized List<FrontierEntry> queued(long run) throws IOException {
    return io(() -> frontier.queued(run));
  }

  /** The pages of a run that reached their outcome. */
  public synchronized List<String> finishedPages(long run) throws IOException {
    return io(() -> frontier.finished(run));
  }

  /** What is known of a URL; {@link PageState#unknown} when it was never fetched. */
  public synchronized PageState page(String url) throws IOException {
    return io(() -> pages.get(url));
  }

  /** Remembers a feed, sitemap, listing page or robots.txt fetched during discovery. */
  public synchronized void remember(PageState page, int status, long run, int attempts, long bodyBytes) throws IOException {
    io(() -> database.inTransaction(() -> {
      pages.store(page, status, null);
      fetchLog.add(run, page.url(), status, attempts, bodyBytes, "discovery", null);
    }));
  }

  /** Ends pages of the run, all in one transaction: after the index commit that holds their documents. */
  public synchronized void complete(List<Completion> completions) throws IOException {
    if (completions.isEmpty()) {
      return;
    }
    io(() -> database.inTransaction(() -> {
      for (Completion c : completions) {
        frontier.finish(c);
        if (c.page() != null) {
          pages.store(c.page(), c.status(), c.outcome() == PageOutcome.FAILED ? c.reason() : null);
        }
        fetchLog.add(c.run(), c.page() != null ? c.page().url() : c.url(), c.status(), c.requests(), c.bodyBytes(),
            c.outcome().label(), c.reason());
      }
    }));
  }

  /** The report of one run, from its tables: what is in the database is what is reported. */
  public synchronized CrawlReport report(long run) throws IOException {
    return io(() -> reports.report(run)).orElseThrow(() -> new IOException("no crawl run " + run));
  }

  /** The reports of the latest runs, newest first. */
  public synchronized List<CrawlReport> recentReports(int limit) throws IOException {
    List<CrawlReport> out = new ArrayList<>();
    for (long id : io(() -> runs.latest(limit))) {
      out.add(report(id));
    }
    return out;
  }

  /** The schema version the database is at. */
  public synchronized int schemaVersion() throws IOException {
    return io(database::schemaVersion);
  }

  @Override
  public synchronized void close() {
    database.close();
  }

  /** Reports a failure of the database as an I/O failure of the crawl state, as callers expect. */
  private static <T> T io(Supplier<T> work) throws IOException {
    try {
      return work.get();
    } catch (DataAccessException e) {
      throw new IOException("crawl state: " + e.getMostSpecificCause().getMessage(), e);
    }
  }

  private static void io(Runnable work) throws IOException {
    io(() -> {
      work.run();
      return null;
    });
  }
}
