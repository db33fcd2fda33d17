package vn.policykb.ingest.crawl.warc;

import java.io.Closeable;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The archive of every response the crawler received, as gzipped WARC files under
 * {@code DIR/warc}. Each process appends to files of its own, so a run killed mid-record leaves
 * at most a damaged tail in its last file, never in another run's; a file is closed at 1 GB.
 */
public final class WarcArchive implements Closeable {

  public static final String SOURCE_HEADER = "WARC-Policykb-Source";
  public static final String ROLE_HEADER = "WARC-Policykb-Role";
  public static final String LANG_HEADER = "WARC-Policykb-Lang";
  public static final String KEYWORDS_HEADER = "WARC-Policykb-Keywords";

  private static final long MAX_FILE_BYTES = 1L << 30;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  /** Headers the HTTP message builder writes itself from the body. */
  private static final Set<String> REWRITTEN = Set.of("content-length", "transfer-encoding", "content-type");

  private final Path directory;
  private final String prefix;
  private int sequence;
  private FileChannel channel;
  private WarcWriter writer;
  private String fileName;

  public WarcArchive(Path dataDir) throws IOException {
    this.directory = directory(dataDir);
    Files.createDirectories(directory);
    this.prefix = "crawl-" + STAMP.format(Instant.now()) + "-" + ProcessHandle.current().pid();
  }

  public static Path directory(Path dataDir) {
    return dataDir.resolve("warc");
  }

  /** Appends one response; returns where its record starts. */
  public synchronized WarcLocation write(CapturedResponse response) throws IOException {
    if (writer == null || writer.position() > MAX_FILE_BYTES) {
      roll();
    }
    HttpResponse.Builder http = new HttpResponse.Builder(response.status(),
        response.reason() == null || response.reason().isBlank() ? "-" : response.reason());
    String contentType = "application/octet-stream";
    for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
      String name = header.getKey();
      if (name.startsWith(":")) {
        continue;
      }
      if (name.equalsIgnoreCase("content-type") && !header.getValue().isEmpty()) {
        contentType = header.getValue().getFirst();
      }
      if (REWRITTEN.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String value : header.getValue()) {
        http.addHeader(name, value);
      }
    }
    MediaType type;
    try {
      type = MediaType.parse(contentType);
    } catch (IllegalArgumentException e) {
      type = MediaType.OCTET_STREAM;
    }
    http.body(type, response.body());
    WarcResponse.Builder record = new WarcResponse.Builder(response.url())
        .date(Instant.now())
        .body(http.build())
        .addHeader(SOURCE_HEADER, response.source())
        .addHeader(ROLE_HEADER, response.role());
    if (response.lang() != null) {
      record.addHeader(LANG_HEADER, response.lang());
    }
    if (!response.keywords().isEmpty()) {
      record.addHeader(KEYWORDS_HEADER, encode(response.keywords()));
    }
    if (response.truncated()) {
      record.truncated(WarcTruncationReason.LENGTH);
    }
    long offset = writer.position();
    writer.write(record.build());
    return new WarcLocation(fileName, offset);
  }

  /** Keywords travel as one header line: each URL-encoded, separated by spaces. */
  static String encode(List<String> keywords) {
    return String.join(" ", keywords.stream().map(k -> URLEncoder.encode(k, StandardCharsets.UTF_8)).toList());
  }

  static List<String> decode(String header) {
    if (header == null || header.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(header.strip().split(" "))
        .map(k -> java.net.URLDecoder.decode(k, StandardCharsets.UTF_8)).toList();
  }

  private void roll() throws IOException {
    closeFile();
    fileName = "%s-%05d.warc.gz".formatted(prefix, sequence++);
    channel = FileChannel.open(directory.resolve(fileName), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    writer = new WarcWriter(channel, WarcCompression.GZIP);
  }

  private void closeFile() throws IOException {
    if (writer != null) {
      writer.close();
      writer = null;
      channel = null;
    }
  }

  @Override
  public synchronized void close() throws IOException {
    closeFile();
  }
}
