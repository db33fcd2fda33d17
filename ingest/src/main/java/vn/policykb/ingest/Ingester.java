package vn.policykb.ingest;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.index.WriteOutcome;
import vn.policykb.ingest.links.StoryLinker;
import vn.policykb.ingest.read.DocumentReaders;
import vn.policykb.ingest.read.ReadOutcome;
import vn.policykb.ingest.source.SourceFile;
import vn.policykb.ingest.source.SourceTree;

/**
 * Turns input files into indexed documents: read, enrich, write. An input that cannot be read or
 * parsed is reported with its reason and the rest of the batch goes on; what was indexed before
 * stays, and a long run commits as it goes.
 */
public final class Ingester {

  /** Documents written between two commits, so that a long run is durable as it goes. */
  private static final int COMMIT_EVERY = 5_000;

  /** Documents being analysed at once, beyond which reading waits: bounds memory. */
  private static final int IN_FLIGHT_PER_THREAD = 64;

  private final DocumentIndex index;
  private final int threads;
  private int sinceCommit;
  /** Documents written since the last linking pass: their links are computed after the commit. */
  private final List<String> toLink = new ArrayList<>();

  public Ingester(DocumentIndex index) {
    this(index, Runtime.getRuntime().availableProcessors());
  }

  /**
   * @param threads how many documents are analysed and written at once; reading, enrichment and
   *     the decision of what each document is stay in input order on the calling thread
   */
  public Ingester(DocumentIndex index, int threads) {
    this.index = index;
    this.threads = Math.max(1, threads);
  }

  /** Ingests files and folders; a folder's files get ids from their paths relative to it. */
  public IngestReport ingestPaths(List<Path> paths) throws IOException {
    return ingestPaths(paths, bytes -> {});
  }

  /**
   * Ingests files and folders.
   *
   * @param progress told how many more bytes of input were read, as they are read
   */
  public IngestReport ingestPaths(List<Path> paths, LongConsumer progress) throws IOException {
    IngestReport report = new IngestReport();
    try (Writers writers = new Writers()) {
      for (SourceTree.Entry entry : SourceTree.list(paths)) {
        try (InputStream in = new ProgressInputStream(Files.newInputStream(entry.file()), progress)) {
          ingest(entry.relativePath(), in, report, writers);
        } catch (IndexWriteException e) {
          throw e;
        } catch (IOException e) {
          // a file that vanished, cannot be opened or breaks off mid-way: the batch goes on
          report.reject(entry.relativePath(), "cannot read: " + e.getMessage());
        }
      }
    }
    commitAndLink();
    return report;
  }

  /**
   * Commits, then links the documents written since the last pass with their counterparts in the
   * other language: linking compares with what is committed, this batch included.
   */
  private void commitAndLink() throws IOException {
    index.commit();
    if (!toLink.isEmpty()) {
      new StoryLinker(index).link(toLink);
      toLink.clear();
    }
  }

  /** Total size of the inputs under the given paths: the 100% of a progress bar. */
  public static long totalBytes(List<Path> paths) throws IOException {
    long total = 0;
    for (SourceTree.Entry entry : SourceTree.list(paths)) {
      total += Files.size(entry.file());
    }
    return total;
  }

  /** Ingests files already in memory (the bundled corpus, an upload). */
  public IngestReport ingestFiles(List<SourceFile> files) throws IOException {
    IngestReport report = new IngestReport();
    try (Writers writers = new Writers()) {
      for (SourceFile file : files) {
        ingest(file.relativePath(), new ByteArrayInputStream(file.content()), report, writers);
      }
    }
    commitAndLink();
    return report;
  }

  private void ingest(String relativePath, InputStream in, IngestReport report, Writers writers) throws IOException {
    try {
      DocumentReaders.read(relativePath, in, outcome -> {
        try {
          write(outcome, report, writers);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void write(ReadOutcome outcome, IngestReport report, Writers writers) throws IOException {
    switch (outcome) {
      case ReadOutcome.Rejected rejected -> report.reject(rejected.where(), rejected.reason());
      case ReadOutcome.Document document -> {
        var article = Enricher.enrich(document.article());
        DocumentIndex.PreparedWrite prepared = index.prepare(article);
        report.record(document.where(), article.id(), prepared.result());
        writers.submit(prepared);
        if (prepared.document() != null && prepared.result().outcome() != WriteOutcome.DUPLICATE) {
          toLink.add(prepared.id());
        }
        if (++sinceCommit >= COMMIT_EVERY) {
          writers.drain();
          commitAndLink();
          sinceCommit = 0;
        }
      }
    }
  }

  /** Applies prepared writes on a few threads, with a bound on how many wait. */
  private final class Writers implements AutoCloseable {

    private final ExecutorService pool;
    private final Semaphore slots;
    private final int capacity;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    Writers() {
      this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "ingest-writer");
        t.setDaemon(true);
        return t;
      });
      this.capacity = threads * IN_FLIGHT_PER_THREAD;
      this.slots = new Semaphore(capacity);
    }

    void submit(DocumentIndex.PreparedWrite prepared) throws IOException {
      rethrow();
      if (pool == null) {
        index.apply(prepared);
        return;
      }
      slots.acquireUninterruptibly();
      pool.execute(() -> {
        try {
          index.apply(prepared);
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        } finally {
          slots.release();
        }
      });
    }

    /** Waits for every submitted write. */
    void drain() throws IOException {
      slots.acquireUninterruptibly(capacity);
      slots.release(capacity);
      rethrow();
    }

    private void rethrow() throws IOException {
      Throwable e = failure.get();
      if (e != null) {
        throw new IndexWriteException(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        drain();
      } finally {
        if (pool != null) {
          pool.shutdown();
        }
      }
    }
  }

  /** The index could not be written: unlike a bad input, this ends the run. */
  static final class IndexWriteException extends IOException {
    IndexWriteException(Throwable cause) {
      super("writing to the index failed: " + cause.getMessage(), cause);
    }
  }

  /** Tells a listener how many bytes went through. */
  private static final class ProgressInputStream extends FilterInputStream {

    private final LongConsumer progress;

    ProgressInputStream(InputStream in, LongConsumer progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        progress.accept(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        progress.accept(n);
      }
      return n;
    }
  }
}
