package vn.policykb.web.index;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.policykb.ingest.pipeline.IngestReport;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.pipeline.Pipeline;
import vn.policykb.ingest.source.SourceFile;

/**
 * Ingests files into the app's index (the bundled corpus, uploads), one batch at a time, and keeps
 * the last batch's report for the admin page.
 */
@Service
public class IngestService {

  private static final Logger log = LoggerFactory.getLogger(IngestService.class);

  /** A finished batch: where its files came from, when it ended, and its report. */
  public record LastIngest(String origin, Instant finished, int files, IngestReport report) {}

  private final Pipeline pipeline;
  private final ReentrantLock lock = new ReentrantLock();
  private final AtomicReference<LastIngest> last = new AtomicReference<>();

  IngestService(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Ingests the files; a file that cannot be read is reported rejected with its reason and the
   * others are ingested.
   *
   * @param origin {@code bundled} or {@code upload}
   */
  public IngestReport ingest(String origin, List<SourceFile> files) throws IOException {
    lock.lock();
    try {
      IngestReport report = new Ingester(pipeline).ingestFiles(files, "upload".equals(origin));
      last.set(new LastIngest(origin, Instant.now(), files.size(), report));
      log.info("{} of {} files: {}", origin, files.size(), report.summary());
      return report;
    } finally {
      lock.unlock();
    }
  }

  /** The last batch since the start, if any. */
  public LastIngest last() {
    return last.get();
  }

  public long documentCount() throws IOException {
    return pipeline.index().count();
  }
}
