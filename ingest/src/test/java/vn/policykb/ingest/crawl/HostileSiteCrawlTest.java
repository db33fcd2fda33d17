package vn.policykb.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.crawl.state.CrawlStore;
import vn.policykb.ingest.crawl.warc.ArchivedCopies;
import vn.policykb.ingest.crawl.warc.WarcArchive;
import vn.policykb.ingest.crawl.warc.WarcReindexer;
import vn.policykb.ingest.index.DocumentIndex;

/**
 * Crawls a site that is hostile by design or by accident: its feed and some pages sent gzipped, a
 * gzip bomb, feeds that are none, and two endless chains of generated pages (articles, and
 * pages without article text). The good articles are all indexed, the bomb and the feeds that are
 * none are reported, and the chains cost a few fetches.
 */
class HostileSiteCrawlTest {

  private static final List<String> GOOD = List.of("/gzip-bai.html", "/a1.html", "/a2.html", "/a3.html");

  static FixtureSite site;

  @BeforeAll
  static void site() throws Exception {
    site = new FixtureSite();
    site.handler("/gzip-bai.html", exchange -> site.sendEncoded(exchange, "text/html; charset=utf-8", "gzip",
        FixtureSite.gzip(article("Trang gửi ở dạng nén", "nén gzip", "").getBytes(StandardCharsets.UTF_8))));
    byte[] bomb = FixtureSite.gzippedZeros(200L * 1024 * 1024);
    site.handler("/bomb.html", exchange -> site.sendEncoded(exchange, "text/html", "gzip", bomb));
    site.html("/a1.html", article("Bài một trong nguồn tin", "thứ nhất", ""));
    site.html("/a2.html", article("Bài hai dẫn tới bài ba", "thứ hai", "<a href=\"/a3.html\">tiếp</a>"));
    site.html("/a3.html", article("Bài ba dẫn tới bài bốn", "thứ ba", "<a href=\"/a4.html\">tiếp</a>"));
    site.html("/a4.html", article("Bài bốn ở quá xa", "thứ tư", ""));
    // each chain page links to the next, without end
    site.handlerUnder("/chain/", exchange -> {
      int n = Integer.parseInt(exchange.getRequestURI().getPath().substring("/chain/".length()));
      site.send(exchange, FixtureSite.arrival(exchange), 200, "text/html; charset=utf-8",
          article("Trang chuỗi số " + n, "chuỗi " + n, "<a href=\"/chain/" + (n + 1) + "\">sau</a>")
              .getBytes(StandardCharsets.UTF_8));
    });
    site.handlerUnder("/empty/", exchange -> {
      int n = Integer.parseInt(exchange.getRequestURI().getPath().substring("/empty/".length()));
      site.send(exchange, FixtureSite.arrival(exchange), 200, "text/html; charset=utf-8",
          ("<html><body><a href=\"/empty/" + (n + 1) + "\">sau</a></body></html>").getBytes(StandardCharsets.UTF_8));
    });
    String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Tin</title>"
        + "<item><link>" + site.url("/gzip-bai.html") + "</link></item>"
        + "<item><link>" + site.url("/bomb.html") + "</link></item>"
        + "<item><link>" + site.url("/a1.html") + "</link></item></channel></rss>";
    site.handler("/rss.xml", exchange -> site.sendEncoded(exchange, "application/rss+xml", "gzip",
        FixtureSite.gzip(rss.getBytes(StandardCharsets.UTF_8))));
    site.xml("/broken.xml", "application/rss+xml",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Tin</title><item><link>" + site.url("/a4.html"));
    site.page("/notes.txt", "text/plain; charset=utf-8", "Trang này không phải là nguồn tin.".getBytes(StandardCharsets.UTF_8));
    site.html("/", "<html><body><a href=\"/a2.html\">hai</a> <a href=\"/chain/1\">chuỗi</a>"
        + " <a href=\"/empty/1\">trống</a></body></html>");
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  /** An article with text of its own, and extra HTML (links) after it. */
  private static String article(String title, String word, String links) {
    String html = FixtureSite.article("vi", title,
        "Đây là bài viết " + word + " của trang thử nghiệm, với nội dung riêng về chính sách mới.\n"
            + "Bài " + word + " trích Nghị quyết 68-NQ/TW về phát triển kinh tế tư nhân trong nước.\n"
            + "Các chuyên gia nhận định về bài " + word + " rằng thủ tục hành chính cần đơn giản hơn.");
    return html.replace("</article>", "</article>" + links);
  }

  private static CrawlPlan plan(String maxHops) throws Exception {
    return SourcesFile.parse("test", """
        settings:
          timeout: 5s
          attempts: 1
          maxBytes: 1MB
        sources:
          - name: hostile
            feeds: ["%1$s/rss.xml", "%1$s/broken.xml", "%1$s/notes.txt"]
            start: ["%1$s/"]
            follow: ["/a\\\\d\\\\.html", "/chain/\\\\d+", "/empty/\\\\d+"]
            delay: 0ms
        %2$s""".formatted(site.base(), maxHops));
  }

  private static CrawlReport crawl(Path dataDir, CrawlPlan plan) throws Exception {
    site.clearLog();
    try (DocumentIndex index = DocumentIndex.open(dataDir); CrawlStore store = CrawlStore.open(dataDir)) {
      return new Crawler(plan, TestCorpus.pipeline(index), store, dataDir, null).run();
    }
  }

  private static long requested(String prefix) {
    return site.paths().stream().filter(p -> p.startsWith(prefix)).count();
  }

  @Test
  void goodArticlesAreIndexedWhileTheBombTheBrokenFeedAndTheChainsCostLittle(@TempDir Path dataDir,
      @TempDir Path rebuilt) throws Exception {
    CrawlReport report = crawl(dataDir, plan(""));

    Map<String, IndexContents.Doc> docs = IndexContents.read(dataDir);
    assertThat(docs.keySet()).containsAll(GOOD.stream().map(site::url).toList());
    assertThat(docs.get(site.url("/gzip-bai.html")).body()).contains("Đây là bài viết nén gzip");
    // the archive keeps the gzipped bytes; the archived copy shown is the page
    assertThat(ArchivedCopies.read(dataDir, docs.get(site.url("/gzip-bai.html")).warc()).orElseThrow().body())
        .asString(StandardCharsets.UTF_8).contains("<h1>Trang gửi ở dạng nén</h1>");
    var hostile = CrawlEndToEndTest.source(report, "hostile");
    Map<String, String> why = CrawlEndToEndTest.reasons(hostile);
    assertThat(hostile.failed()).isEqualTo(3);
    assertThat(why.get("/bomb.html")).isEqualTo("failed: larger than 1 MB once decoded (gzip), the limit for one response");
    assertThat(why.get("/broken.xml")).startsWith("failed: not a feed or sitemap: ");
    assertThat(why.get("/notes.txt")).isEqualTo("failed: not a feed or sitemap: text without a URL in it (text/plain)");
    // two hops: a start page's link, then a link of that page; pages without article text: one
    assertThat(requested("/chain/")).isEqualTo(CrawlSettings.DEFAULT_MAX_HOPS);
    assertThat(requested("/empty/")).isEqualTo(1);
    assertThat(site.paths()).doesNotContain("/a4.html");

    Files.createDirectories(WarcArchive.directory(rebuilt));
    try (var files = Files.list(WarcArchive.directory(dataDir))) {
      for (Path file : files.toList()) {
        Files.copy(file, WarcArchive.directory(rebuilt).resolve(file.getFileName()));
      }
    }
    WarcReindexer.Result result;
    try (DocumentIndex index = DocumentIndex.open(rebuilt)) {
      result = WarcReindexer.reindex(rebuilt, TestCorpus.pipeline(index), 2);
    }
    assertThat(result.problems()).isEmpty();
    assertThat(IndexContents.read(rebuilt).get(site.url("/gzip-bai.html")).body()).contains("Đây là bài viết nén gzip");
    assertThat(IndexContents.fingerprint(rebuilt)).isEqualTo(IndexContents.fingerprint(dataDir));
  }

  @Test
  void aSourceFollowsLinksAsManyHopsAsItSays(@TempDir Path dataDir) throws Exception {
    crawl(dataDir, plan("    maxHops: 4\n"));

    assertThat(requested("/chain/")).isEqualTo(4);
    assertThat(requested("/empty/")).isEqualTo(1);
    assertThat(IndexContents.read(dataDir).keySet()).contains(site.url("/a4.html"));
  }

  @Test
  void withOneHopOnlyTheAnnouncedPagesAreFetched(@TempDir Path dataDir) throws Exception {
    crawl(dataDir, plan("    maxHops: 1\n"));

    assertThat(requested("/chain/")).isEqualTo(1);
    assertThat(site.paths()).doesNotContain("/a3.html");
    assertThat(IndexContents.read(dataDir).keySet()).contains(site.url("/a1.html"), site.url("/a2.html"));
  }
}
