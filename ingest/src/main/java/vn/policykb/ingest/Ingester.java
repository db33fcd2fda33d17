package vn.policykb.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.document.DocumentIds;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.parse.PlainTextArticleParser;
import vn.policykb.ingest.parse.RejectedInputException;
import vn.policykb.ingest.parse.TextDecoder;
import vn.policykb.ingest.source.SourceFile;
import vn.policykb.ingest.source.SourceTree;

/**
 * Turns input files into indexed documents. An input that cannot be read or parsed is reported
 * with its reason and the rest of the batch goes on; what was indexed before stays.
 */
public final class Ingester {

  /** Documents written between two commits, so that a long run is durable as it goes. */
  private static final int COMMIT_EVERY = 1_000;

  private final DocumentIndex index;

  public Ingester(DocumentIndex index) {
    this.index = index;
  }

  /** Ingests files and folders; a folder's files get ids from their paths relative to it. */
  public IngestReport ingestPaths(List<Path> paths) throws IOException {
    IngestReport report = new IngestReport();
    int sinceCommit = 0;
    for (SourceTree.Entry entry : SourceTree.list(paths)) {
      byte[] content;
      try {
        content = Files.readAllBytes(entry.file());
      } catch (IOException e) {
        report.reject(entry.relativePath(), "cannot read: " + e.getMessage());
        continue;
      }
      if (ingest(new SourceFile(entry.relativePath(), content), report) && ++sinceCommit >= COMMIT_EVERY) {
        index.commit();
        sinceCommit = 0;
      }
    }
    index.commit();
    return report;
  }

  /** Ingests files already in memory (the bundled corpus, an upload). */
  public IngestReport ingestFiles(List<SourceFile> files) throws IOException {
    IngestReport report = new IngestReport();
    for (SourceFile file : files) {
      ingest(file, report);
    }
    index.commit();
    return report;
  }

  private boolean ingest(SourceFile file, IngestReport report) throws IOException {
    try {
      Article article = parse(file);
      report.record(index.write(article));
      return true;
    } catch (RejectedInputException e) {
      report.reject(file.relativePath(), e.getMessage());
      return false;
    }
  }

  static Article parse(SourceFile file) throws RejectedInputException {
    return switch (file.extension()) {
      case "txt" -> {
        PlainTextArticleParser.ParsedText text = PlainTextArticleParser.parse(TextDecoder.decodeUtf8(file.content()));
        String key = file.relativePath();
        yield new Article(DocumentIds.fromKey(key), key, file.relativePath(), null, text.title(), text.body(),
            text.lang(), text.date(), text.dateline(), text.source());
      }
      case "" -> throw new RejectedInputException("no file extension; supported: .txt");
      default -> throw new RejectedInputException("unsupported file type ." + file.extension() + "; supported: .txt");
    };
  }
}
