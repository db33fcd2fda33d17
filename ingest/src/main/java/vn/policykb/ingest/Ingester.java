package vn.policykb.ingest;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.function.LongConsumer;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.index.WriteOutcome;
import vn.policykb.ingest.links.StoryLinker;
import vn.policykb.ingest.read.BoundedInput;
import vn.policykb.ingest.read.DocumentReaders;
import vn.policykb.ingest.read.InputFormat;
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

  /** Bytes of inputs waiting to be parsed, beyond which reading waits: bounds memory too. */
  private static final long MAX_STAGED_BYTES = 128L * 1024 * 1024;

  private final DocumentIndex index;
  private final int threads;
  private final UnaryOperator<Article> enricher;
  private int sinceCommit;
  /** Documents written since the last linking pass: their links are computed after the commit. */
  private final List<String> toLink = new ArrayList<>();

  public Ingester(DocumentIndex index) {
    this(index, Runtime.getRuntime().availableProcessors());
  }

  /**
   * @param threads how many documents are parsed, enriched, analysed and written at once; reading
   *     files (and the lines of a data set) and the decision of what each document is stay in input
   *     order on the calling thread
   */
  public Ingester(DocumentIndex index, int threads) {
    this(index, threads, Enricher::enrich);
  }

  /** @param enricher what a document read learns before it is indexed */
  Ingester(DocumentIndex index, int threads, UnaryOperator<Article> enricher) {
    this.index = index;
    this.threads = Math.max(1, threads);
    this.enricher = enricher;
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
    try (Pipeline pipeline = new Pipeline(report)) {
      for (SourceTree.Entry entry : SourceTree.list(paths)) {
        try (InputStream in = new ProgressInputStream(Files.newInputStream(entry.file()), progress)) {
          ingest(entry.relativePath(), in, pipeline);
        } catch (IndexWriteException e) {
          throw e;
        } catch (IOException e) {
          // a file that vanished, cannot be opened or breaks off mid-way: the batch goes on, and
          // the report keeps input order
          pipeline.add(new ReadOutcome.Rejected(entry.relativePath(), "cannot read: " + e.getMessage()));
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
    try (Pipeline pipeline = new Pipeline(report)) {
      for (SourceFile file : files) {
        ingest(file.relativePath(), new ByteArrayInputStream(file.content()), pipeline);
      }
    }
    commitAndLink();
    return report;
  }

  private void ingest(String relativePath, InputStream in, Pipeline pipeline) throws IOException {
    InputFormat format = InputFormat.of(relativePath);
    if (pipeline.parallel() && format != InputFormat.JSONL && format != InputFormat.UNSUPPORTED) {
      // one document: read here, parsed on a worker beside the others
      byte[] head = in.readNBytes(BoundedInput.MAX_BYTES + 1);
      if (head.length <= BoundedInput.MAX_BYTES) {
        pipeline.addInput(relativePath, head);
        return;
      }
      // too large to hold for a worker: read as it comes, and refused by its reader
      in = new SequenceInputStream(new ByteArrayInputStream(head), in);
    }
    streamInto(relativePath, in, pipeline);
  }

  private void streamInto(String relativePath, InputStream in, Pipeline pipeline) throws IOException {
    try {
      DocumentReaders.read(relativePath, in, outcome -> {
        try {
          pipeline.add(outcome);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Reads, enriches, decides and writes documents. Parsing a file of one document, enriching and
   * fingerprinting a document, then building and writing its fields, run on the pool's threads
   * (with one thread, everything runs on the calling thread); what each document is (added,
   * unchanged, a copy of which) is decided on the calling thread, in input order, so that of two
   * copies the first read is the original whatever the threads do.
   */
  private final class Pipeline implements AutoCloseable {

    private final IngestReport report;
    private final ExecutorService pool;
    private final int capacity;
    /** Inputs being parsed and documents being enriched, oldest first. */
    private final Deque<InFlight> staged = new ArrayDeque<>();
    /** Bytes of the inputs waiting in {@link #staged}. */
    private long stagedBytes;
    private final Semaphore writeSlots;
    /** Writes not known to be done, by document id: a later write of the same id waits for them. */
    private final Map<String, Future<?>> writing = new HashMap<>();
    /** The first write that failed: the run ends at the next document. */
    private final AtomicReference<Throwable> writeFailure = new AtomicReference<>();
    /** Set once the index failed: what is still queued is dropped, not decided. */
    private boolean failed;

    Pipeline(IngestReport report) {
      this.report = report;
      this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "ingest-worker");
        t.setDaemon(true);
        return t;
      });
      this.capacity = threads * IN_FLIGHT_PER_THREAD;
      this.writeSlots = new Semaphore(capacity);
    }

    void add(ReadOutcome outcome) throws IOException {
      try {
        if (pool == null) {
          decide(stage(outcome));
          return;
        }
        submit(pool.submit(() -> List.of(stage(outcome))), 0);
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    boolean parallel() {
      return pool != null;
    }

    /** An input of one document, parsed and enriched on a worker. */
    void addInput(String where, byte[] content) throws IOException {
      try {
        submit(pool.submit(() -> parse(where, content)), content.length);
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    private List<Staged> parse(String where, byte[] content) {
      List<ReadOutcome> outcomes = new ArrayList<>(1);
      try {
        DocumentReaders.read(where, new ByteArrayInputStream(content), outcomes::add);
      } catch (IOException e) {
        outcomes.add(new ReadOutcome.Rejected(where, "cannot read: " + e.getMessage()));
      }
      return outcomes.stream().map(this::stage).toList();
    }

    /** Queues work, then decides in order what is ready, or the oldest when too much waits. */
    private void submit(Future<List<Staged>> future, long bytes) throws IOException {
      Throwable failure = writeFailure.get();
      if (failure != null) {
        throw new IndexWriteException(failure);
      }
      staged.add(new InFlight(future, bytes));
      stagedBytes += bytes;
      while (!staged.isEmpty() && (staged.peek().future().isDone() || staged.size() > capacity
          || stagedBytes > MAX_STAGED_BYTES)) {
        decideOldest();
      }
    }

    private void decideOldest() throws IOException {
      InFlight oldest = staged.poll();
      stagedBytes -= oldest.bytes();
      for (Staged each : await(oldest.future())) {
        decide(each);
      }
    }

    /** The part of a document's way that does not depend on the documents before it. */
    private Staged stage(ReadOutcome outcome) {
      return switch (outcome) {
        case ReadOutcome.Rejected rejected -> new Staged(rejected, null);
        case ReadOutcome.Document document -> {
          try {
            yield new Staged(document, DocumentIndex.fingerprint(enricher.apply(document.article())));
          } catch (RuntimeException | StackOverflowError e) {
            // a text the enrichment cannot handle is this document's problem, reported with it
            yield new Staged(new ReadOutcome.Rejected(document.where(), "could not be enriched: " + e), null);
          }
        }
      };
    }

    private void decide(Staged staged) throws IOException {
      try {
        decideOrFail(staged);
      } catch (IndexWriteException e) {
        throw e;
      } catch (IOException e) {
        // the index could not be read or written: not the input's fault, and the end of the run
        throw new IndexWriteException(e);
      }
    }

    private void decideOrFail(Staged staged) throws IOException {
      switch (staged.outcome()) {
        case ReadOutcome.Rejected rejected -> report.reject(rejected.where(), rejected.reason());
        case ReadOutcome.Document document -> {
          DocumentIndex.PreparedWrite prepared = index.prepare(staged.fingerprint());
          report.record(document.where(), prepared.id(), prepared.result());
          write(prepared);
          if (prepared.writes() && prepared.result().outcome() != WriteOutcome.DUPLICATE) {
            toLink.add(prepared.id());
          }
          if (++sinceCommit >= COMMIT_EVERY) {
            // documents still being enriched are decided after the commit, against what it holds
            awaitWrites();
            commitAndLink();
            sinceCommit = 0;
          }
        }
      }
    }

    private void write(DocumentIndex.PreparedWrite prepared) throws IOException {
      if (pool == null) {
        try {
          index.apply(prepared);
        } catch (IOException | RuntimeException e) {
          throw new IndexWriteException(e);
        }
        return;
      }
      if (!prepared.writes()) {
        return;
      }
      Future<?> earlier = writing.remove(prepared.id());
      if (earlier != null) {
        // two versions of one document in flight: the later must land last
        await(earlier);
      }
      writeSlots.acquireUninterruptibly();
      try {
        writing.put(prepared.id(), pool.submit(() -> {
          try {
            index.apply(prepared);
            return null;
          } catch (Throwable e) {
            writeFailure.compareAndSet(null, e);
            throw new IndexWriteException(e);
          } finally {
            writeSlots.release();
          }
        }));
      } catch (RuntimeException e) {
        writeSlots.release();
        throw e;
      }
    }

    /** Waits for every write submitted so far, and reports the first that failed. */
    private void awaitWrites() throws IOException {
      for (Iterator<Future<?>> writes = writing.values().iterator(); writes.hasNext(); ) {
        Future<?> write = writes.next();
        writes.remove();
        await(write);
      }
    }

    /** Decides and writes every document read so far. */
    private void drain() throws IOException {
      while (!staged.isEmpty()) {
        decideOldest();
      }
      awaitWrites();
    }

    private <T> T await(Future<T> future) throws IOException {
      try {
        return future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while ingesting");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IndexWriteException write) {
          throw write;
        }
        throw new IndexWriteException(cause);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        if (!failed) {
          drain();
        }
      } finally {
        if (pool != null) {
          // after a failure, what is still being enriched is dropped; writes under way finish, so
          // that the writer is never interrupted mid-write
          staged.forEach(inFlight -> inFlight.future().cancel(false));
          pool.shutdown();
          awaitTermination();
        }
      }
    }

    private void awaitTermination() {
      try {
        while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
          // a write of a very large document: keep waiting
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Work queued on the workers: the documents of one input, and the bytes it holds. */
  private record InFlight(Future<List<Staged>> future, long bytes) {}

  /** A document read and enriched, or an input that could not be read. */
  private record Staged(ReadOutcome outcome, DocumentIndex.Fingerprint fingerprint) {}

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
