package vn.policykb.ingest.crawl;

import vn.policykb.ingest.TestCorpus;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykb.ingest.crawl.state.CrawlStore;
import vn.policykb.ingest.index.DocumentIndex;

/**
 * A host that asks the crawler to come back later: the page it asks to wait for is fetched after
 * the wait while another host's pages go on meanwhile, and a wait too long is reported.
 */
class CrawlRetryTest {

  @Test
  void aRetryAfterWaitHoldsOnlyItsHostAndAnOverLongOneIsReported(@TempDir Path dataDir) throws Exception {
    try (FixtureSite busy = new FixtureSite(); FixtureSite other = new FixtureSite()) {
      busy.html("/cho.html", article("vi", "Bài phải chờ", 0));
      AtomicInteger waitCalls = new AtomicInteger();
      busy.handler("/cho.html", exchange -> {
        if (waitCalls.incrementAndGet() == 1) {
          exchange.getResponseHeaders().set("Retry-After", "2");
          busy.send(exchange, FixtureSite.arrival(exchange), 429, "text/plain", "later".getBytes(StandardCharsets.UTF_8));
        } else {
          busy.serveStatic(exchange, FixtureSite.arrival(exchange));
        }
      });
      busy.handler("/bao-tri.html", exchange -> {
        exchange.getResponseHeaders().set("Retry-After", "86400");
        busy.send(exchange, FixtureSite.arrival(exchange), 503, "text/plain", "maintenance".getBytes(StandardCharsets.UTF_8));
      });
      sitemap(busy, List.of("/cho.html", "/bao-tri.html"));
      List<String> otherPages = List.of("/a.html", "/b.html", "/c.html");
      for (int i = 0; i < otherPages.size(); i++) {
        other.html(otherPages.get(i), article("en", "Article " + i, i + 1));
      }
      sitemap(other, otherPages);

      CrawlPlan plan = SourcesFile.parse("test", """
          settings:
            timeout: 2s
            attempts: 3
            backoff: 20ms
          sources:
            - name: busy
              sitemaps: ["%s/sitemap.xml"]
              delay: 40ms
            - name: other
              sitemaps: ["%s/sitemap.xml"]
              delay: 40ms
          """.formatted(busy.base(), other.base()));
      CrawlReport report;
      try (DocumentIndex index = DocumentIndex.open(dataDir); CrawlStore store = CrawlStore.open(dataDir)) {
        report = new Crawler(plan, TestCorpus.pipeline(index), store, dataDir, null).run();
      }

      var busyReport = report.sources().stream().filter(s -> s.source().equals("busy")).findFirst().orElseThrow();
      assertThat(busyReport.added()).isEqualTo(1);
      assertThat(busyReport.failed()).isEqualTo(1);
      assertThat(busyReport.problems()).extracting(CrawlReport.Problem::url, CrawlReport.Problem::reason)
          .contains(org.assertj.core.groups.Tuple.tuple(busy.url("/bao-tri.html"),
              "HTTP 503, Retry-After 86400 s: longer than the 60 s a retry may wait (gave up after 1 try)"));
      assertThat(busy.paths().stream().filter(p -> p.equals("/bao-tri.html")).count()).isEqualTo(1);
      assertThat(busy.requests()).filteredOn(r -> r.path().equals("/cho.html"))
          .extracting(FixtureSite.Request::status).containsExactly(429, 200);

      var otherReport = report.sources().stream().filter(s -> s.source().equals("other")).findFirst().orElseThrow();
      assertThat(otherReport.added()).isEqualTo(otherPages.size());
      long retried = busy.requests().stream().filter(r -> r.path().equals("/cho.html") && r.status() == 200)
          .findFirst().orElseThrow().nanos();
      assertThat(other.requests()).filteredOn(r -> otherPages.contains(r.path()))
          .as("the other host's pages, fetched while the busy host was waited for")
          .hasSize(otherPages.size())
          .allMatch(r -> r.nanos() < retried);
    }
  }

  private static void sitemap(FixtureSite site, List<String> paths) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (String path : paths) {
      xml.append("<url><loc>").append(site.url(path)).append("</loc></url>");
    }
    site.xml("/sitemap.xml", "application/xml", xml.append("</urlset>").toString());
  }

  private static String article(String lang, String title, int n) {
    return FixtureSite.article(lang, title, lang.equals("vi")
        ? "Nghị quyết 57-NQ/TW được bàn tại hội nghị lần thứ " + n + " của các doanh nghiệp công nghệ.\n"
            + "Các đại biểu thảo luận về chuyển đổi số, đổi mới sáng tạo và nguồn nhân lực chất lượng cao.\n"
            + "Hội nghị số " + n + " kết thúc với nhiều kiến nghị gửi tới Chính phủ và các bộ, ngành."
        : "Resolution 57-NQ/TW was discussed at meeting number " + n + " of technology companies.\n"
            + "Delegates talked about digital transformation, innovation and a skilled workforce.\n"
            + "Meeting number " + n + " ended with proposals sent to the Government and ministries.");
  }
}
