package vn.policykb.ingest.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
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
import org.apache.lucene.document.StoredField;
import vn.policykb.index.IndexSchema;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.index.WriteOutcome;
import vn.policykb.ingest.read.DocumentReaders;
import vn.policykb.ingest.read.ReadOutcome;

/**
 * One run of the {@link Pipeline}: parsing an input of one document, enriching and fingerprinting
 * a document, then building and writing its fields run on the pool's threads (with one thread,
 * on the submitting thread); what each document is (added, unchanged, a copy of which) is decided
 * one at a time, in submission order, so that of two copies the first submitted is the original
 * whatever the threads do. Every {@code commitEvery} decisions, and at {@link #commit}, the index
 * is committed and the documents written since are linked. Safe to call from several threads: a
 * crawl submits from each of its fetchers.
 */
public final class PipelineRun implements AutoCloseable {

  /** Documents being analysed at once per thread, beyond which submitting waits: bounds memory. */
  private static final int IN_FLIGHT_PER_THREAD = 64;

  /** Bytes of inputs waiting to be parsed, beyond which submitting waits: bounds memory too. */
  private static final long MAX_STAGED_BYTES = 128L * 1024 * 1024;

  private final Pipeline pipeline;
  private final DocumentIndex index;
  private final PipelineListener listener;
  private final StageTimers timers;
  private final int commitEvery;
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
  /** Documents written since the last commit: they are linked after it. */
  private final List<String> toLink = new ArrayList<>();
  private int sinceCommit;
  /** Set once the index failed: what is still queued is dropped, not decided. */
  private boolean failed;

  PipelineRun(Pipeline pipeline, int threads, int commitEvery, PipelineListener listener) {
    this.pipeline = pipeline;
    this.index = pipeline.index();
    this.listener = listener;
    this.timers = pipeline.timers();
    this.commitEvery = Math.max(1, commitEvery);
    int workers = Math.max(1, threads);
    this.pool = workers == 1 ? null : Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "pipeline-worker");
      t.setDaemon(true);
      return t;
    });
    this.capacity = workers * IN_FLIGHT_PER_THREAD;
    this.writeSlots = new Semaphore(capacity);
  }

  /** Whether inputs are parsed on other threads: worth handing over whole files as bytes. */
  public boolean parallel() {
    return pool != null;
  }

  /** Submits what a source read. */
  public synchronized void submit(Submission submission) throws IOException {
    guard(() -> {
      if (pool == null) {
        decide(stage(submission));
      } else {
        queue(pool.submit(() -> List.of(stage(submission))), 0);
      }
    });
  }

  /** Submits an input of one document as bytes: it is read on a worker, beside the others. */
  public synchronized void submitInput(String where, byte[] content) throws IOException {
    submitInput(where, content, UnaryOperator.identity());
  }

  /** @param relabel what the source changes in each outcome read (an upload's origin), before it is staged */
  public synchronized void submitInput(String where, byte[] content, UnaryOperator<ReadOutcome> relabel)
      throws IOException {
    guard(() -> {
      if (pool == null) {
        for (Staged each : parse(where, content, relabel)) {
          decide(each);
        }
      } else {
        queue(pool.submit(() -> parse(where, content, relabel)), content.length);
      }
    });
  }

  /**
   * Decides and writes everything submitted, commits, links what was written since the last
   * commit, and tells the listener.
   */
  public synchronized void commit() throws IOException {
    guard(() -> {
      drain();
      commitAndLink();
    });
  }

  private interface Work {
    void run() throws IOException;
  }

  private void guard(Work work) throws IOException {
    if (failed) {
      throw new IndexWriteException(new IllegalStateException("an earlier write failed"));
    }
    try {
      work.run();
    } catch (IndexWriteException e) {
      failed = true;
      throw e.notCommitted(sinceCommit);
    } catch (IOException | RuntimeException e) {
      failed = true;
      throw e;
    }
  }

  private List<Staged> parse(String where, byte[] content, UnaryOperator<ReadOutcome> relabel) {
    List<ReadOutcome> outcomes = new ArrayList<>(1);
    long start = System.nanoTime();
    try {
      DocumentReaders.read(where, new ByteArrayInputStream(content), outcomes::add);
    } catch (IOException e) {
      outcomes.add(new ReadOutcome.Rejected(where, "cannot read: " + e.getMessage()));
    }
    timers.since("read", start);
    return outcomes.stream().map(outcome -> stage(Submission.of(relabel.apply(outcome)))).toList();
  }

  /** Queues work, then decides in order what is ready, or the oldest when too much waits. */
  private void queue(Future<List<Staged>> future, long bytes) throws IOException {
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
  private Staged stage(Submission submission) {
    return switch (submission.outcome()) {
      case ReadOutcome.Rejected rejected -> new Staged(submission, null, rejected.reason());
      case ReadOutcome.Document document -> {
        try {
          var enriched = pipeline.enrichment().enrich(document.article(),
              (step, nanos) -> timers.record("enrich." + step.name(), nanos));
          long start = System.nanoTime();
          var fingerprint = DocumentIndex.fingerprint(enriched);
          timers.since("fingerprint", start);
          yield new Staged(submission, fingerprint, null);
        } catch (RuntimeException | StackOverflowError e) {
          // a text the enrichment cannot handle is this document's problem, reported with it
          yield new Staged(submission, null, "could not be enriched: " + e);
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
    if (staged.fingerprint() == null) {
      listener.decided(staged.submission(), new Decision.Rejected(staged.rejection()));
      return;
    }
    long start = System.nanoTime();
    DocumentIndex.PreparedWrite prepared = index.prepare(staged.fingerprint());
    timers.since("decide", start);
    String archivedAt = staged.submission().archivedAt();
    if (archivedAt != null && prepared.document() != null) {
      prepared.document().add(new StoredField(IndexSchema.WARC_RECORD, archivedAt));
    }
    listener.decided(staged.submission(), new Decision.Written(prepared.id(), prepared.result()));
    write(prepared);
    if (prepared.writes() && prepared.result().outcome() != WriteOutcome.DUPLICATE) {
      toLink.add(prepared.id());
    }
    if (++sinceCommit >= commitEvery) {
      // documents still being enriched are decided after the commit, against what it holds
      awaitWrites();
      commitAndLink();
    }
  }

  private void commitAndLink() throws IOException {
    long start = System.nanoTime();
    index.commit();
    timers.since("commit", start);
    sinceCommit = 0;
    List<String> written = List.copyOf(toLink);
    toLink.clear();
    pipeline.link(written);
    listener.committed();
  }

  private void write(DocumentIndex.PreparedWrite prepared) throws IOException {
    if (pool == null) {
      try {
        apply(prepared);
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
          apply(prepared);
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

  /** Builds the document's fields, analyses and writes them: the index stage. */
  private void apply(DocumentIndex.PreparedWrite prepared) throws IOException {
    long start = System.nanoTime();
    index.apply(prepared);
    timers.since("index", start);
  }

  /** Waits for every write submitted so far, and reports the first that failed. */
  private void awaitWrites() throws IOException {
    for (Iterator<Future<?>> writes = writing.values().iterator(); writes.hasNext(); ) {
      Future<?> write = writes.next();
      writes.remove();
      await(write);
    }
  }

  /** Decides and writes every document submitted so far. */
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
      throw new InterruptedIOException("interrupted while ingesting");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IndexWriteException write) {
        throw write;
      }
      throw new IndexWriteException(cause);
    }
  }

  /**
   * Commits what was submitted (unless an earlier failure ended the run) and stops the workers.
   */
  @Override
  public synchronized void close() throws IOException {
    try {
      if (!failed) {
        commit();
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

  /** Work queued on the workers: the documents of one input, and the bytes it holds. */
  private record InFlight(Future<List<Staged>> future, long bytes) {}

  /** A document read and enriched, or an input rejected with its reason. */
  private record Staged(Submission submission, DocumentIndex.Fingerprint fingerprint, String rejection) {}

  /** The index could not be written: unlike a bad input, this ends the run. */
  public static final class IndexWriteException extends IOException {
    IndexWriteException(Throwable cause) {
      super("writing to the index failed: " + cause.getMessage(), cause);
    }

    private IndexWriteException(String message, Throwable cause) {
      super(message, cause);
    }

    /** The failure, saying what the index lacks for it: the documents decided since the last commit. */
    IndexWriteException notCommitted(int documents) {
      return new IndexWriteException(getMessage() + "; what was read since the last commit (" + documents
          + " documents decided) is not in the index: run again to write it", getCause());
    }
  }
}
