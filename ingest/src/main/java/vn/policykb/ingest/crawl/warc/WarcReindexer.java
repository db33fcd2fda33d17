package vn.policykb.ingest.crawl.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import vn.policykb.ingest.crawl.body.ContentDecoding;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.pipeline.Decision;
import vn.policykb.ingest.pipeline.IngestReport;
import vn.policykb.ingest.pipeline.Pipeline;
import vn.policykb.ingest.pipeline.PipelineListener;
import vn.policykb.ingest.pipeline.PipelineRun;
import vn.policykb.ingest.pipeline.Submission;
import vn.policykb.ingest.read.DocumentReaders;
import vn.policykb.ingest.read.ReadOutcome;

/**
 * Rebuilds the index from the WARC archive alone, without the network: every archived page
 * answered 200 is read as the crawl read it (by its media type, with its source's language hint
 * and keyword filter, recorded in the record), oldest file first, so that a page fetched several
 * times ends as its latest version. A file whose end is damaged (a crawl killed mid-record) is
 * read up to the damage. Pages go through the same {@link Pipeline} as the crawl's, story links
 * included, so the rebuilt index holds the same documents.
 */
public final class WarcReindexer {

  private static final int COMMIT_EVERY = 500;

  /** What a reindex did. */
  public record Result(int files, int records, int added, int updated, int unchanged, int duplicates, int skipped,
      List<String> problems, IngestReport report) {

    public String summary() {
      return "%d WARC files, %d page records: added %d, updated %d, unchanged %d, duplicate %d, skipped %d"
          .formatted(files, records, added, updated, unchanged, duplicates, skipped);
    }
  }

  private WarcReindexer() {}

  /**
   * Reads every archived page again and hands it to the pipeline, as the crawl did.
   *
   * @param threads how many documents are enriched and written at once
   */
  public static Result reindex(Path dataDir, Pipeline pipeline, int threads) throws IOException {
    Path directory = WarcArchive.directory(dataDir);
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(directory)) {
      try (Stream<Path> list = Files.list(directory)) {
        list.filter(p -> p.getFileName().toString().endsWith(".warc.gz")).sorted().forEach(files::add);
      }
    }
    IngestReport report = new IngestReport();
    Counts counts = new Counts(PipelineListener.reporting(report));
    List<String> problems = new ArrayList<>();
    try (PipelineRun run = pipeline.start(threads, COMMIT_EVERY, counts)) {
      for (Path file : files) {
        try (FileChannel channel = FileChannel.open(file); WarcReader reader = new WarcReader(channel)) {
          while (true) {
            Optional<WarcRecord> next;
            long position = reader.position();
            try {
              next = reader.next();
            } catch (IOException | RuntimeException e) {
              problems.add(file.getFileName() + ": unreadable from offset " + position + " on (" + e.getMessage()
                  + "); the rest of the file is left out");
              break;
            }
            if (next.isEmpty()) {
              break;
            }
            if (!(next.get() instanceof WarcResponse response)
                || !"page".equals(response.headers().first(WarcArchive.ROLE_HEADER).orElse(""))) {
              continue;
            }
            WarcLocation location = new WarcLocation(file.getFileName().toString(), response.position());
            Submission submission;
            try {
              submission = read(response, location, counts);
            } catch (IOException | RuntimeException e) {
              problems.add(file.getFileName() + "@" + response.position() + ": " + e.getMessage());
              continue;
            }
            if (submission != null) {
              run.submit(submission);
            }
          }
        }
      }
    }
    return new Result(files.size(), counts.records, counts.added, counts.updated, counts.unchanged, counts.duplicates,
        counts.skipped, problems, report);
  }

  /** What the pipeline made of the archived pages. */
  private static final class Counts implements PipelineListener {
    private final PipelineListener report;
    int records;
    int added;
    int updated;
    int unchanged;
    int duplicates;
    int skipped;

    Counts(PipelineListener report) {
      this.report = report;
    }

    @Override
    public void decided(Submission submission, Decision decision) throws IOException {
      report.decided(submission, decision);
      switch (decision) {
        case Decision.Rejected rejected -> skipped++;
        case Decision.Written written -> {
          switch (written.result().outcome()) {
            case ADDED -> added++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case DUPLICATE, NEAR_DUPLICATE -> duplicates++;
          }
        }
      }
    }
  }

  /** The document of an archived page as the crawl read it, or null when the crawl indexed none. */
  private static Submission read(WarcResponse response, WarcLocation location, Counts counts) throws IOException {
    if (response.truncated() != null && response.truncated() != org.netpreserve.jwarc.WarcTruncationReason.NOT_TRUNCATED) {
      return null;
    }
    HttpResponse http = response.http();
    if (http.status() < 200 || http.status() >= 300) {
      return null;
    }
    byte[] received;
    try (InputStream in = http.body().stream()) {
      received = in.readAllBytes();
    }
    // the archive keeps the body as received: decoded here as the crawl decoded it; a body that went
    // past the crawl's limit once decoded is archived as truncated, so every other one fits
    if (!(ContentDecoding.decode(http.headers().all("Content-Encoding"), received, Integer.MAX_VALUE)
        instanceof ContentDecoding.Decoded.Body decoded)) {
      return null; // not in the coding it claims: the crawl read nothing either
    }
    byte[] body = decoded.bytes();
    counts.records++;
    MediaType type = http.contentType();
    String mediaType = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    String charset = type == null ? null : type.parameters().get("charset");
    String url = response.target();
    String lang = response.headers().first(WarcArchive.LANG_HEADER).orElse(null);
    List<String> keywords = WarcArchive.decode(response.headers().first(WarcArchive.KEYWORDS_HEADER).orElse(null));
    ReadOutcome outcome = DocumentReaders.readResponse(url, mediaType, charset, body, lang);
    if (!(outcome instanceof ReadOutcome.Document document)) {
      counts.skipped++;
      return null;
    }
    Article article = document.article();
    if (!keywords.isEmpty() && !mentions(article, keywords)) {
      counts.skipped++;
      return null;
    }
    return new Submission(new ReadOutcome.Document(url, article), location.toString(), null);
  }

  private static boolean mentions(Article article, List<String> keywords) {
    String text = vn.policykb.analysis.TextNormalization.nfc(article.title() + "\n" + article.body())
        .toLowerCase(Locale.ROOT);
    return keywords.stream().anyMatch(text::contains);
  }
}
