package vn.policykb.web.crawl;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.policykb.ingest.crawl.CrawlListener;
import vn.policykb.ingest.crawl.CrawlPlan;
import vn.policykb.ingest.crawl.CrawlReport;
import vn.policykb.ingest.crawl.Crawler;
import vn.policykb.ingest.crawl.SourcesFile;
import vn.policykb.ingest.crawl.SourcesFileException;
import vn.policykb.ingest.crawl.state.CrawlStore;
import vn.policykb.ingest.pipeline.Pipeline;
import vn.policykb.web.index.KbProperties;

/**
 * Runs crawls inside the web app, on the app's own index: search keeps answering, and sees new
 * documents as each batch commits. Never two crawls at once.
 */
public class CrawlService {

  private static final Logger log = LoggerFactory.getLogger(CrawlService.class);

  private final Pipeline pipeline;
  private final CrawlStore store;
  private final KbProperties kb;
  private final CrawlProperties properties;
  private final CrawlListener listener;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicReference<Crawler> current = new AtomicReference<>();

  CrawlService(Pipeline pipeline, CrawlStore store, KbProperties kb, CrawlProperties properties, CrawlListener listener) {
    this.pipeline = pipeline;
    this.store = store;
    this.kb = kb;
    this.properties = properties;
    this.listener = listener;
  }

  public boolean configured() {
    return properties.sources() != null;
  }

  public boolean running() {
    return running.get();
  }

  /** Outcome of asking for a crawl. */
  public enum Start { STARTED, ALREADY_RUNNING, NOT_CONFIGURED }

  /**
   * Runs a crawl now on the calling thread, unless one is running; empty when none was run.
   *
   * @throws SourcesFileException when the sources file cannot be used
   */
  public Optional<CrawlReport> runNow() throws IOException, InterruptedException, SourcesFileException {
    if (!configured()) {
      return Optional.empty();
    }
    if (!running.compareAndSet(false, true)) {
      log.info("crawl requested while one is running: not started");
      return Optional.empty();
    }
    try {
      CrawlPlan plan = SourcesFile.load(properties.sources());
      Crawler crawler = new Crawler(plan, pipeline, store, kb.dataDir(), listener);
      current.set(crawler);
      CrawlReport report = crawler.run();
      log.info("crawl run {} {}: {}", report.run(), report.status(), report.total().summary());
      return Optional.of(report);
    } finally {
      current.set(null);
      running.set(false);
    }
  }

  /** Starts a crawl on a thread of its own. */
  public Start startInBackground() {
    if (!configured()) {
      return Start.NOT_CONFIGURED;
    }
    if (running.get()) {
      return Start.ALREADY_RUNNING;
    }
    Thread.ofVirtual().name("crawl").start(this::runLogged);
    return Start.STARTED;
  }

  /** A crawl whose failure is logged, never thrown: for the schedule and the admin endpoint. */
  void runLogged() {
    try {
      runNow();
    } catch (SourcesFileException e) {
      log.error("crawl not run: the sources file cannot be used: {}", String.join("; ", e.problems()));
    } catch (IOException e) {
      log.error("crawl failed: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.error("crawl failed", e);
    }
  }

  public List<CrawlReport> recent(int limit) throws IOException {
    return store.recentReports(limit);
  }

  /** Asks a running crawl to stop after the pages in flight (the next run takes up the rest). */
  void stop() {
    Crawler crawler = current.get();
    if (crawler != null) {
      crawler.stop();
    }
  }
}
