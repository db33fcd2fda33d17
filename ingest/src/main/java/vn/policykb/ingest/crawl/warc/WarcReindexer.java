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
import org.apache.lucene.document.StoredField;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import vn.policykb.ingest.Enricher;
import vn.policykb.ingest.document.Article;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.index.IndexSchema;
import vn.policykb.ingest.index.WriteOutcome;
import vn.policykb.ingest.read.DocumentReaders;
import vn.policykb.ingest.read.ReadOutcome;

/**
 * Rebuilds the index from the WARC archive alone, without the network: every archived page
 * answered 200 is read as the crawl read it (by its media type, with its source's language hint
 * and keyword filter, recorded in the record), oldest file first, so that a page fetched several
 * times ends as its latest version. A file whose end is damaged (a crawl killed mid-record) is
 * read up to the damage.
 */
public final class WarcReindexer {

  private static final int COMMIT_EVERY = 500;

  /** What a reindex did. */
  public record Result(int files, int records, int added, int updated, int unchanged, int duplicates, int skipped,
      List<String> problems) {

    public String summary() {
      return "%d WARC files, %d page records: added %d, updated %d, unchanged %d, duplicate %d, skipped %d"
          .formatted(files, records, added, updated, unchanged, duplicates, skipped);
    }
  }

  private WarcReindexer() {}

  public static Result reindex(Path dataDir, DocumentIndex index) throws IOException {
    Path directory = WarcArchive.directory(dataDir);
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(directory)) {
      try (Stream<Path> list = Files.list(directory)) {
        list.filter(p -> p.getFileName().toString().endsWith(".warc.gz")).sorted().forEach(files::add);
      }
    }
    int[] counts = new int[6];
    List<String> problems = new ArrayList<>();
    int sinceCommit = 0;
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
          try {
            WarcLocation location = new WarcLocation(file.getFileName().toString(), response.position());
            if (reindex(response, location, index, counts, problems)) {
              sinceCommit++;
            }
          } catch (IOException | RuntimeException e) {
            problems.add(file.getFileName() + "@" + response.position() + ": " + e.getMessage());
          }
          if (sinceCommit >= COMMIT_EVERY) {
            index.commit();
            sinceCommit = 0;
          }
        }
      }
    }
    index.commit();
    return new Result(files.size(), counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], problems);
  }

  private static boolean reindex(WarcResponse response, WarcLocation location, DocumentIndex index, int[] counts,
      List<String> problems) throws IOException {
    if (response.truncated() != null && response.truncated() != org.netpreserve.jwarc.WarcTruncationReason.NOT_TRUNCATED) {
      return false;
    }
    HttpResponse http = response.http();
    if (http.status() < 200 || http.status() >= 300) {
      return false;
    }
    counts[0]++;
    byte[] body;
    try (InputStream in = http.body().stream()) {
      body = in.readAllBytes();
    }
    MediaType type = http.contentType();
    String mediaType = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    String charset = type == null ? null : type.parameters().get("charset");
    String url = response.target();
    String lang = response.headers().first(WarcArchive.LANG_HEADER).orElse(null);
    List<String> keywords = WarcArchive.decode(response.headers().first(WarcArchive.KEYWORDS_HEADER).orElse(null));
    ReadOutcome outcome = DocumentReaders.readResponse(url, mediaType, charset, body, lang);
    if (!(outcome instanceof ReadOutcome.Document document)) {
      counts[5]++;
      return false;
    }
    Article article = document.article();
    if (!keywords.isEmpty() && !mentions(article, keywords)) {
      counts[5]++;
      return false;
    }
    DocumentIndex.PreparedWrite prepared = index.prepare(Enricher.enrich(article));
    if (prepared.document() != null) {
      prepared.document().add(new StoredField(IndexSchema.WARC_RECORD, location.toString()));
    }
    index.apply(prepared);
    WriteOutcome result = prepared.result().outcome();
    switch (result) {
      case ADDED -> counts[1]++;
      case UPDATED -> counts[2]++;
      case UNCHANGED -> counts[3]++;
      case DUPLICATE, NEAR_DUPLICATE -> counts[4]++;
    }
    return result != WriteOutcome.UNCHANGED;
  }

  private static boolean mentions(Article article, List<String> keywords) {
    String text = vn.policykb.analysis.TextNormalization.nfc(article.title() + "\n" + article.body())
        .toLowerCase(Locale.ROOT);
    return keywords.stream().anyMatch(text::contains);
  }
}
