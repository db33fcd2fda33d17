package vn.policykb.ingest;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import vn.policykb.ingest.index.DocumentIndex;
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

  private final DocumentIndex index;
  private int sinceCommit;

  public Ingester(DocumentIndex index) {
    this.index = index;
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
    for (SourceTree.Entry entry : SourceTree.list(paths)) {
      try (InputStream in = new ProgressInputStream(Files.newInputStream(entry.file()), progress)) {
        ingest(entry.relativePath(), in, report);
      } catch (IOException e) {
        report.reject(entry.relativePath(), "cannot read: " + e.getMessage());
      }
    }
    index.commit();
    return report;
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
    for (SourceFile file : files) {
      ingest(file.relativePath(), new ByteArrayInputStream(file.content()), report);
    }
    index.commit();
    return report;
  }

  private void ingest(String relativePath, InputStream in, IngestReport report) throws IOException {
    try {
      DocumentReaders.read(relativePath, in, outcome -> {
        try {
          write(outcome, report);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void write(ReadOutcome outcome, IngestReport report) throws IOException {
    switch (outcome) {
      case ReadOutcome.Rejected rejected -> report.reject(rejected.where(), rejected.reason());
      case ReadOutcome.Document document -> {
        var article = Enricher.enrich(document.article());
        report.record(document.where(), article.id(), index.write(article));
        if (++sinceCommit >= COMMIT_EVERY) {
          index.commit();
          sinceCommit = 0;
        }
      }
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
