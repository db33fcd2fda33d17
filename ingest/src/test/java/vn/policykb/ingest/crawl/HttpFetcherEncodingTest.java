package vn.policykb.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.policykb.ingest.crawl.warc.WarcLocation;

/** Bodies sent compressed: asked for, decoded, held to the size limit once decoded, archived as received. */
class HttpFetcherEncodingTest {

  private static final long MAX_BYTES = 1024 * 1024;
  private static final byte[] PAGE = FixtureSite.article("vi", "Bài viết nén",
      "Nội dung của bài viết được gửi ở dạng nén.\nMáy chủ nén mọi trang trước khi gửi.").getBytes(StandardCharsets.UTF_8);

  /** One archived response: its body and whether it was marked truncated. */
  record Archived(byte[] body, boolean truncated) {}

  private FixtureSite site;
  private HttpFetcher fetcher;
  private final List<Archived> archived = new CopyOnWriteArrayList<>();
  private final List<String> acceptEncodings = new CopyOnWriteArrayList<>();
  private final HttpFetcher.Recorder recorder = (url, status, headers, body, truncated) -> {
    archived.add(new Archived(body, truncated));
    return new WarcLocation("test.warc.gz", archived.size());
  };

  @BeforeEach
  void start() throws Exception {
    site = new FixtureSite();
    HostGates gates = new HostGates();
    gates.configure(Urls.authority(URI.create(site.base())), Duration.ZERO, 1);
    fetcher = new HttpFetcher(new CrawlSettings(CrawlSettings.DEFAULT_USER_AGENT, Duration.ofSeconds(10), 1,
        Duration.ofMillis(10), MAX_BYTES, 5, 50), gates);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    site.close();
  }

  private void serve(String path, String encoding, byte[] encoded) {
    site.handler(path, exchange -> {
      acceptEncodings.add(exchange.getRequestHeaders().getFirst("Accept-Encoding"));
      site.sendEncoded(exchange, "text/html; charset=utf-8", encoding, encoded);
    });
  }

  private FetchResult fetch(String path) throws Exception {
    return fetcher.fetch(URI.create(site.url(path)), null, recorder);
  }

  @Test
  void aGzippedPageIsDecodedAndArchivedAsReceived() throws Exception {
    byte[] gzipped = FixtureSite.gzip(PAGE);
    serve("/gzip.html", "gzip", gzipped);

    FetchResult result = fetch("/gzip.html");

    assertThat(result).isInstanceOfSatisfying(FetchResult.Body.class, body -> assertThat(body.body()).isEqualTo(PAGE));
    assertThat(acceptEncodings).containsExactly("gzip, deflate, br");
    assertThat(archived).singleElement().satisfies(a -> {
      assertThat(a.body()).isEqualTo(gzipped);
      assertThat(a.truncated()).isFalse();
    });
  }

  @Test
  void xGzipDeflateWithAndWithoutZlibHeaderAndBrotliAreDecoded() throws Exception {
    serve("/x-gzip.html", "x-gzip", FixtureSite.gzip(PAGE));
    serve("/zlib.html", "deflate", deflate(PAGE, false));
    serve("/raw-deflate.html", "deflate", deflate(PAGE, true));
    serve("/br.html", "br", uncompressedBrotli(PAGE));
    serve("/twice.html", "deflate, gzip", FixtureSite.gzip(deflate(PAGE, false)));

    for (String path : List.of("/x-gzip.html", "/zlib.html", "/raw-deflate.html", "/br.html", "/twice.html")) {
      assertThat(fetch(path)).as(path)
          .isInstanceOfSatisfying(FetchResult.Body.class, body -> assertThat(body.body()).isEqualTo(PAGE));
    }
  }

  @Test
  void aGzipBombStopsAtTheLimitWithLittleMemoryAndIsReportedAsOverIt() throws Exception {
    byte[] bomb = FixtureSite.gzippedZeros(200L * 1024 * 1024);
    assertThat(bomb.length).isLessThan((int) MAX_BYTES);
    serve("/bomb.html", "gzip", bomb);
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();

    FetchResult result = fetch("/bomb.html");

    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class, failed -> assertThat(failed.reason())
        .isEqualTo("larger than 1 MB once decoded (gzip), the limit for one response"));
    // decoding all of it would allocate 200 MB at least
    assertThat(allocated).isLessThan(32L * 1024 * 1024);
    assertThat(archived).singleElement().satisfies(a -> assertThat(a.truncated()).isTrue());
  }

  @Test
  void aBodyNotInTheCodingItClaimsFails() throws Exception {
    serve("/fake.html", "gzip", PAGE);
    serve("/zstd.html", "zstd", PAGE);

    assertThat(fetch("/fake.html")).isInstanceOfSatisfying(FetchResult.Failed.class,
        failed -> assertThat(failed.reason()).startsWith("not valid gzip (Content-Encoding): "));
    assertThat(fetch("/zstd.html")).isInstanceOfSatisfying(FetchResult.Failed.class,
        failed -> assertThat(failed.reason()).isEqualTo("Content-Encoding zstd is not one the crawler reads"));
  }

  private static byte[] deflate(byte[] bytes, boolean raw) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
    try (DeflaterOutputStream deflating = new DeflaterOutputStream(out, deflater)) {
      deflating.write(bytes);
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }

  /**
   * A Brotli stream of one uncompressed meta-block (RFC 7932, section 9.2): window bits 16, a
   * meta-block header with ISUNCOMPRESSED set, the bytes, then an empty last meta-block.
   */
  private static byte[] uncompressedBrotli(byte[] bytes) {
    assertThat(bytes.length).isBetween(1, 65_536);
    int header = ((bytes.length - 1) << 4) | (1 << 20);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(header & 0xff);
    out.write((header >> 8) & 0xff);
    out.write((header >> 16) & 0xff);
    out.writeBytes(bytes);
    out.write(0x03);
    return out.toByteArray();
  }
}
