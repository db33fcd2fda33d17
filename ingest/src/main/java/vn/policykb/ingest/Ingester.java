package vn.policykb.ingest;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.pipeline.IngestReport;
import vn.policykb.ingest.pipeline.Pipeline;
import vn.policykb.ingest.pipeline.PipelineListener;
import vn.policykb.ingest.pipeline.PipelineRun;
import vn.policykb.ingest.pipeline.StageTimers;
import vn.policykb.ingest.pipeline.Submission;
import vn.policykb.ingest.read.BoundedInput;
import vn.policykb.ingest.read.DocumentReaders;
import vn.policykb.ingest.read.InputFormat;
import vn.policykb.ingest.read.ReadOutcome;
import vn.policykb.ingest.source.SourceFile;
import vn.policykb.ingest.source.SourceTree;

/**
 * The source of files and folders, JSONL data sets and uploads: lists the inputs, reads them in
 * order and hands them to a run of the {@link Pipeline}. An input that cannot be read or parsed is
 * reported with its reason and the rest of the batch goes on (a file of a folder that is empty or a
 * broken link as skipped, before it is read); what was indexed before stays, and a
 * long run commits as it goes.
 */
public final class Ingester {

  /** Documents written between two commits, so that a long run is durable as it goes. */
  public static final int COMMIT_EVERY = 5_000;

  private final Pipeline pipeline;
  private final int threads;
  private final int commitEvery;

  public Ingester(Pipeline pipeline) {
    this(pipeline, Runtime.getRuntime().availableProcessors());
  }

  /**
   * @param threads how many documents are parsed, enriched, analysed and written at once; reading
   *     files (and the lines of a data set) and the decision of what each document is stay in input
   *     order
   */
  public Ingester(Pipeline pipeline, int threads) {
    this(pipeline, threads, COMMIT_EVERY);
  }

  /** @param commitEvery documents decided between two commits */
  public Ingester(Pipeline pipeline, int threads, int commitEvery) {
    this.pipeline = pipeline;
    this.threads = Math.max(1, threads);
    this.commitEvery = Math.max(1, commitEvery);
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
    try (PipelineRun run = start(report)) {
      for (SourceTree.Entry entry : SourceTree.walk(paths)) {
        if (entry.skipped()) {
          run.submit(Submission.skipped(entry.relativePath(), entry.skipReason()));
          continue;
        }
        try (InputStream in = new ProgressInputStream(Files.newInputStream(entry.file()), progress)) {
          ingest(entry.relativePath(), in, run);
        } catch (PipelineRun.IndexWriteException e) {
          throw e;
        } catch (IOException e) {
          // a file that vanished, cannot be opened or breaks off mid-way: the batch goes on, and
          // the report keeps input order
          run.submit(Submission.of(new ReadOutcome.Rejected(entry.relativePath(), "cannot read: " + e.getMessage())));
        }
      }
    }
    return report;
  }

  private PipelineRun start(IngestReport report) {
    return pipeline.start(threads, commitEvery, PipelineListener.reporting(report));
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
    return ingestFiles(files, false);
  }

  /**
   * Ingests files already in memory.
   *
   * @param uploaded the files were sent through the upload form or endpoint: their documents' origin says so
   */
  public IngestReport ingestFiles(List<SourceFile> files, boolean uploaded) throws IOException {
    IngestReport report = new IngestReport();
    try (PipelineRun run = start(report)) {
      for (SourceFile file : files) {
        ingest(file.relativePath(), new ByteArrayInputStream(file.content()), run,
            uploaded ? Ingester::uploaded : UnaryOperator.identity());
      }
    }
    return report;
  }

  private static ReadOutcome uploaded(ReadOutcome outcome) {
    if (outcome instanceof ReadOutcome.Document(String where, Article article) && article.origin() != null) {
      return new ReadOutcome.Document(where, article.withOrigin(article.origin().uploaded()));
    }
    return outcome;
  }

  private void ingest(String relativePath, InputStream in, PipelineRun run) throws IOException {
    ingest(relativePath, in, run, UnaryOperator.identity());
  }

  private void ingest(String relativePath, InputStream in, PipelineRun run, UnaryOperator<ReadOutcome> relabel)
      throws IOException {
    InputFormat format = InputFormat.of(relativePath);
    if (run.parallel() && format != InputFormat.JSONL && format != InputFormat.UNSUPPORTED) {
      // one document: read here, parsed on a worker beside the others
      byte[] head = in.readNBytes(BoundedInput.MAX_BYTES + 1);
      if (head.length <= BoundedInput.MAX_BYTES) {
        run.submitInput(relativePath, head, relabel);
        return;
      }
      // too large to hold for a worker: read as it comes, and refused by its reader
      in = new SequenceInputStream(new ByteArrayInputStream(head), in);
    }
    streamInto(relativePath, in, run, relabel);
  }

  private void streamInto(String relativePath, InputStream in, PipelineRun run, UnaryOperator<ReadOutcome> relabel)
      throws IOException {
    // reading is timed apart from the submissions the reader makes as it goes
    StageTimers timers = pipeline.timers();
    long[] readingSince = {System.nanoTime()};
    try {
      DocumentReaders.read(relativePath, in, outcome -> {
        timers.since("read", readingSince[0]);
        try {
          run.submit(Submission.of(relabel.apply(outcome)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        readingSince[0] = System.nanoTime();
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      timers.since("read", readingSince[0]);
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
