package vn.policykb.ingest.crawl;

import vn.policykb.ingest.TestCorpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcResponse;
import vn.policykb.ingest.crawl.state.CrawlStore;
import vn.policykb.ingest.crawl.warc.WarcArchive;
import vn.policykb.ingest.crawl.warc.WarcReindexer;
import vn.policykb.ingest.index.DocumentIndex;

/**
 * Crawls a fixture news site and a site of troubles on loopback, three times: the first crawl
 * indexes exactly the allowed articles; the second, with nothing changed, costs only 304s; the
 * third re-fetches exactly the page that changed. Each trouble (a flaky 500, a timeout, a redirect
 * loop, a 50 MB page, an off-site redirect, a 404, an AMP and a tracking-parameter copy) is
 * handled and reported while the run goes on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrawlEndToEndTest {

  private static final long DELAY_MS = 40;

  @TempDir
  static Path dataDir;

  static FixtureSite news;
  static FixtureSite troubles;
  static FixtureSite offSite;
  static NewsSite content;
  static CrawlPlan plan;
  static final AtomicInteger flakyCalls = new AtomicInteger();
  static CrawlReport first;

  @BeforeAll
  static void sites() throws Exception {
    news = new FixtureSite();
    troubles = new FixtureSite();
    offSite = new FixtureSite();
    offSite.html("/bai-ngoai.html", FixtureSite.article("vi", "Bài ở trang khác", "Không được thu thập."));
    content = NewsSite.build(news, offSite.url("/bai-ngoai.html"));

    troubles.html("/bai-viet.html", FixtureSite.article("vi", "Doanh nghiệp tư nhân và Nghị quyết 68",
        "Nghị quyết 68-NQ/TW mở ra cơ hội mới cho doanh nghiệp tư nhân trong nước, theo đánh giá của nhiều chuyên gia.\n"
            + "Các hiệp hội doanh nghiệp kiến nghị đơn giản hóa thủ tục hành chính và giảm chi phí tuân thủ pháp luật.\n"
            + "Bộ Tài chính cho biết sẽ trình Chính phủ các chính sách hỗ trợ doanh nghiệp nhỏ và vừa trong năm nay."));
    troubles.html("/flaky.html", FixtureSite.article("en", "A page that fails twice",
        "The server answers this page with an error twice before it succeeds on the third try.\n"
            + "Resolution 57-NQ/TW is cited here so that the page reads as an article."));
    troubles.handler("/flaky.html", exchange -> {
      if (flakyCalls.incrementAndGet() <= 2) {
        troubles.send(exchange, FixtureSite.arrival(exchange), 500, "text/plain", "busy".getBytes());
      } else {
        troubles.serveStatic(exchange, FixtureSite.arrival(exchange));
      }
    });
    troubles.handler("/slow.html", exchange -> {
      troubles.record(exchange, FixtureSite.arrival(exchange), 200);
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    troubles.handler("/loop-a.html", exchange -> redirect(exchange, "/loop-b.html"));
    troubles.handler("/loop-b.html", exchange -> redirect(exchange, "/loop-a.html"));
    troubles.handler("/moved.html", exchange -> redirect(exchange, offSite.url("/bai-ngoai.html")));
    troubles.handler("/huge.html", exchange -> {
      troubles.record(exchange, FixtureSite.arrival(exchange), 200);
      long size = 50L * 1024 * 1024;
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, size);
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'a');
      try (OutputStream out = exchange.getResponseBody()) {
        for (long sent = 0; sent < size; sent += chunk.length) {
          out.write(chunk);
        }
      }
    });
    StringBuilder atom = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Troubles</title><id>urn:troubles</id>"
        + "<updated>2025-09-01T00:00:00Z</updated>");
    for (String path : List.of("/bai-viet.html", "/amp/bai-viet.html", "/flaky.html", "/slow.html", "/loop-a.html",
        "/huge.html", "/moved.html", "/gone.html")) {
      atom.append("<entry><title>t</title><id>").append(path).append("</id><updated>2025-09-01T00:00:00Z</updated>")
          .append("<link href=\"").append(troubles.url(path)).append("\"/></entry>");
    }
    troubles.xml("/atom.xml", "application/atom+xml", atom.append("</feed>").toString());

    plan = SourcesFile.parse("test", """
        settings:
          timeout: 300ms
          attempts: 3
          backoff: 20ms
          maxBytes: 1MB
          batchSize: 3
        sources:
          - name: bao-thu-nghiem
            feeds: ["%1$s/rss.xml"]
            sitemaps: ["%1$s/sitemap.xml"]
            start: ["%1$s/"]
            follow: ["/tin-tuc/.*"]
            delay: %3$dms
            lang: vi
          - name: troubles
            feeds: ["%2$s/atom.xml"]
            delay: %3$dms
        """.formatted(news.base(), troubles.base(), DELAY_MS));
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(302, -1);
    troubles.record(exchange, FixtureSite.arrival(exchange), 302);
  }

  @AfterAll
  static void stop() {
    news.close();
    troubles.close();
    offSite.close();
  }

  static CrawlReport crawl() throws Exception {
    try (DocumentIndex index = DocumentIndex.open(dataDir); CrawlStore store = CrawlStore.open(dataDir)) {
      return new Crawler(plan, TestCorpus.pipeline(index), store, dataDir, null).run();
    }
  }

  static CrawlReport.SourceReport source(CrawlReport report, String name) {
    return report.sources().stream().filter(s -> s.source().equals(name)).findFirst().orElseThrow();
  }

  static Map<String, String> reasons(CrawlReport.SourceReport source) {
    return source.problems().stream().collect(Collectors.toMap(p -> p.url().replaceFirst("^http://[^/]+", ""),
        p -> p.outcome() + ": " + p.reason(), (a, b) -> a));
  }

  @Test
  @Order(1)
  void firstCrawlIndexesExactlyTheAllowedArticles() throws Exception {
    first = crawl();

    Map<String, IndexContents.Doc> docs = IndexContents.read(dataDir);
    List<String> expected = new java.util.ArrayList<>(content.articlePaths.stream().map(news::url).toList());
    expected.add(troubles.url("/bai-viet.html"));
    expected.add(troubles.url("/flaky.html"));
    assertThat(docs.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(docs.get(news.url("/tin-tuc/kinh-te-tu-nhan.html")).lang()).isEqualTo("vi");
    assertThat(docs.get(news.url("/tin-tuc/integration-en.html")).lang()).isEqualTo("en");
    assertThat(docs.get(news.url("/tin-tuc/nghi-quyet-66.pdf")).body()).contains("enforcement of laws");

    assertThat(news.paths()).noneMatch(p -> p.startsWith("/private/"));
    assertThat(offSite.requests()).isEmpty();
    assertThat(news.paths()).containsOnlyOnce("/tin-tuc/seed-0.html");
    assertThat(troubles.paths().stream().filter(p -> p.equals("/bai-viet.html")).count()).isEqualTo(1);

    var bao = source(first, "bao-thu-nghiem");
    assertThat(bao.added()).isEqualTo(content.articlePaths.size());
    assertThat(bao.failed()).isZero();
    assertThat(bao.duplicates()).isEqualTo(1);
    assertThat(reasons(bao)).containsEntry("/private/noi-bo.html", "skipped: disallowed by robots.txt");
    assertThat(reasons(bao).get("/bai-ngoai.html")).startsWith("skipped: off-site");

    var t = source(first, "troubles");
    assertThat(t.added()).isEqualTo(2);
    assertThat(t.duplicates()).isEqualTo(1);
    assertThat(t.failed()).isEqualTo(5);
    Map<String, String> why = reasons(t);
    assertThat(why.get("/slow.html")).startsWith("failed: timed out after 300 ms (gave up after 3 tries)");
    assertThat(why.get("/loop-a.html")).startsWith("failed: redirect loop");
    assertThat(why.get("/huge.html")).isEqualTo("failed: larger than 1 MB, the limit for one response");
    assertThat(why.get("/moved.html")).startsWith("failed: redirected off-site");
    assertThat(why.get("/gone.html")).isEqualTo("failed: HTTP 404");
    assertThat(flakyCalls.get()).isEqualTo(3);
    assertThat(troubles.paths().stream().filter(p -> p.equals("/gone.html")).count()).isEqualTo(1);
    assertThat(troubles.paths().stream().filter(p -> p.equals("/slow.html")).count()).isEqualTo(3);
    assertThat(first.status()).isEqualTo("completed");
  }

  @Test
  @Order(2)
  void politeness_noTwoRequestsToOneHostCloserThanTheDelay() {
    for (FixtureSite site : List.of(news, troubles)) {
      List<Long> times = site.requests().stream().map(FixtureSite.Request::nanos).sorted().toList();
      assertThat(times).hasSizeGreaterThan(5);
      for (int i = 1; i < times.size(); i++) {
        assertThat((times.get(i) - times.get(i - 1)) / 1_000_000.0)
            .as("gap before request %d of %s", i, site.base()).isGreaterThanOrEqualTo(DELAY_MS);
      }
    }
  }

  @Test
  @Order(3)
  void everyIndexedDocumentPointsAtItsWarcRecord() throws Exception {
    for (IndexContents.Doc doc : IndexContents.read(dataDir).values()) {
      var location = vn.policykb.ingest.crawl.warc.WarcLocation.parse(doc.warc());
      try (FileChannel channel = FileChannel.open(WarcArchive.directory(dataDir).resolve(location.file()));
          WarcReader reader = new WarcReader(channel)) {
        reader.position(location.offset());
        var record = reader.next().orElseThrow();
        assertThat(record).isInstanceOf(WarcResponse.class);
        assertThat(((WarcResponse) record).target()).isEqualTo(doc.url());
        assertThat(((WarcResponse) record).http().status()).isEqualTo(200);
      }
    }
  }

  @Test
  @Order(4)
  void secondCrawlWithNothingChangedCostsOnly304s() throws Exception {
    news.clearLog();
    troubles.clearLog();
    long generation = commitGeneration();

    CrawlReport second = crawl();

    assertThat(news.bodiesSent()).isZero();
    assertThat(news.requests()).allMatch(r -> r.status() == 304);
    assertThat(news.paths()).containsAll(content.articlePaths);
    assertThat(troubles.requests()).filteredOn(r -> r.path().equals("/bai-viet.html") || r.path().equals("/flaky.html"))
        .hasSize(2).allMatch(r -> r.status() == 304);
    assertThat(commitGeneration()).as("no index commit").isEqualTo(generation);
    var total = second.total();
    assertThat(total.added()).isZero();
    assertThat(total.updated()).isZero();
    assertThat(total.unchanged()).isEqualTo(content.articlePaths.size() + 2);
    assertThat(total.bodies()).isZero();
  }

  @Test
  @Order(5)
  void onePageChanged_exactlyItIsFetchedAndUpdated() throws Exception {
    String path = "/tin-tuc/chuyen-doi-so.html";
    news.html(path, FixtureSite.article("vi", "Đột phá phát triển khoa học, công nghệ và chuyển đổi số",
        "Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.\n"
            + "Bài viết được cập nhật: Quốc hội thông qua luật mới về khoa học, công nghệ và đổi mới sáng tạo.\n"
            + "Chính phủ đã ban hành chương trình hành động để thực hiện nghị quyết với nhiều nhiệm vụ cụ thể."));
    news.clearLog();

    CrawlReport third = crawl();

    assertThat(news.requests()).filteredOn(FixtureSite.Request::body).extracting(FixtureSite.Request::path)
        .containsExactly(path);
    var bao = source(third, "bao-thu-nghiem");
    assertThat(bao.updated()).isEqualTo(1);
    assertThat(bao.added()).isZero();
    assertThat(bao.unchanged()).isEqualTo(content.articlePaths.size() - 1);
    assertThat(IndexContents.read(dataDir).get(news.url(path)).body()).contains("Quốc hội thông qua luật mới");
  }

  @Test
  @Order(6)
  void reindexFromWarcRebuildsTheSameIndexWithoutTheNetwork(@TempDir Path other) throws Exception {
    Path warc = WarcArchive.directory(other);
    Files.createDirectories(warc);
    try (var files = Files.list(WarcArchive.directory(dataDir))) {
      for (Path file : files.toList()) {
        Files.copy(file, warc.resolve(file.getFileName()));
      }
    }
    WarcReindexer.Result result;
    try (DocumentIndex index = DocumentIndex.open(other)) {
      result = WarcReindexer.reindex(other, TestCorpus.pipeline(index), 2);
    }
    assertThat(result.problems()).isEmpty();
    assertThat(IndexContents.fingerprint(other)).isEqualTo(IndexContents.fingerprint(dataDir));
  }

  @Test
  @Order(7)
  void reportsAreKeptInTheDatabase() throws Exception {
    try (CrawlStore store = CrawlStore.open(dataDir)) {
      List<CrawlReport> reports = store.recentReports(10);
      assertThat(reports).hasSize(3);
      assertThat(reports.getLast().total()).isEqualTo(first.total());
    }
  }

  private static long commitGeneration() throws IOException {
    try (FSDirectory dir = FSDirectory.open(dataDir.resolve("index"))) {
      return SegmentInfos.getLastCommitGeneration(dir);
    }
  }
}
