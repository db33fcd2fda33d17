package vn.policykb.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import vn.policykb.ingest.crawl.CrawlPlan;
import vn.policykb.ingest.crawl.CrawlReport;
import vn.policykb.ingest.crawl.Crawler;
import vn.policykb.ingest.crawl.SourcesFile;
import vn.policykb.ingest.crawl.state.CrawlStore;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.pipeline.Pipeline;
import vn.policykb.kb.KnowledgeBase;

/**
 * Crawl throughput on loopback with the politeness delay at 0: a first crawl of {@code first}
 * pages, and the revalidation (every page answered 304) of {@code revalidate} pages crawled
 * before. Prints pages/s and CPU per page; the CPU is the whole process's, the loopback server's
 * share included, so it is an upper bound for the crawler's.
 *
 * <pre>bin/java -cp benchmarks/target/benchmarks.jar vn.policykb.benchmarks.CrawlBenchmark [first] [revalidate]</pre>
 */
public final class CrawlBenchmark {

  private CrawlBenchmark() {}

  public static void main(String[] args) throws Exception {
    int first = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int revalidate = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    Path temp = Files.createTempDirectory("crawl-bench");
    HttpServer server = site(Math.max(first, revalidate));
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      measure("first crawl", plan(base, first), temp.resolve("first"), first, false);
      Path again = temp.resolve("revalidate");
      System.out.printf(Locale.ROOT, "(setting up: first crawl of %d pages, not measured)%n", revalidate);
      run(plan(base, revalidate), again);
      measure("revalidation (304)", plan(base, revalidate), again, revalidate, true);
    } finally {
      server.stop(0);
    }
  }

  private static CrawlPlan plan(String base, int pages) throws Exception {
    return SourcesFile.parse("bench", """
        settings:
          batchSize: 500
        sources:
          - name: bench
            sitemaps: ["%s/sitemap-%d.xml"]
            delay: 0ms
            connections: 4
            maxPages: %d
        """.formatted(base, pages, pages));
  }

  private static void measure(String what, CrawlPlan plan, Path dataDir, int pages, boolean expectUnchanged)
      throws Exception {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    CrawlReport report = run(plan, dataDir);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6;
    var total = report.total();
    int done = total.fetched();
    System.out.printf(Locale.ROOT, "%s: %d pages (%s) in %.1f s: %.0f pages/s, %.2f ms CPU per page%n",
        what, pages, total.summary(), seconds, done / seconds, cpuMs / Math.max(1, done));
  }

  private static CrawlReport run(CrawlPlan plan, Path dataDir) throws Exception {
    try (DocumentIndex index = DocumentIndex.open(dataDir); CrawlStore store = CrawlStore.open(dataDir)) {
      return new Crawler(plan, Pipeline.standard(index, KnowledgeBase.loadBundled()), store, dataDir, null).run();
    }
  }

  /** Article pages /a/N.html with ETags (304 on a match), and /sitemap-N.xml listing the first N. */
  private static HttpServer site(int pages) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 256);
    server.setExecutor(Executors.newFixedThreadPool(8));
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      byte[] body;
      String type = "text/html; charset=utf-8";
      if (path.startsWith("/sitemap-")) {
        int n = Integer.parseInt(path.substring(9, path.length() - 4));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < n; i++) {
          xml.append("<url><loc>").append(base).append("/a/").append(i).append(".html</loc></url>");
        }
        body = xml.append("</urlset>").toString().getBytes(StandardCharsets.UTF_8);
        type = "application/xml";
      } else if (path.startsWith("/a/")) {
        String etag = "\"v1-" + path.hashCode() + "\"";
        exchange.getResponseHeaders().set("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
          exchange.sendResponseHeaders(304, -1);
          exchange.close();
          return;
        }
        body = article(path).getBytes(StandardCharsets.UTF_8);
      } else {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    return server;
  }

  private static final String[] WORDS = ("nghị quyết đột phá phát triển khoa học công nghệ đổi mới sáng tạo chuyển đổi"
      + " số quốc gia doanh nghiệp tư nhân kinh tế hội nhập quốc tế pháp luật thi hành xây dựng chính phủ bộ ngành"
      + " địa phương đầu tư hạ tầng dữ liệu nhân lực chất lượng cao thủ tục hành chính cải cách thể chế thị trường"
      + " vốn tín dụng thuế ưu đãi nghiên cứu trường đại học viện phòng thí nghiệm sản phẩm dịch vụ xuất khẩu nhập"
      + " khẩu hợp tác đối tác chiến lược năm nay kế hoạch mục tiêu giải pháp nhiệm vụ triển khai thực hiện đánh giá"
      + " kết quả báo cáo hội nghị diễn đàn chuyên gia kiến nghị chính sách người dân cộng đồng an ninh mạng").split(" ");

  /** A page of its own words (seeded by its number), so that pages are not near-duplicates of each other. */
  private static String article(String path) {
    String n = path.replaceAll("\\D", "");
    java.util.Random random = new java.util.Random(Long.parseLong(n) * 7919 + 17);
    StringBuilder html = new StringBuilder("<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Bài số ").append(n)
        .append("</title></head><body><nav><a href=\"/\">Trang chủ</a></nav><article><h1>Bài số ").append(n).append("</h1>");
    for (int p = 0; p < 8; p++) {
      html.append("<p>");
      for (int w = 0; w < 40; w++) {
        html.append(WORDS[random.nextInt(WORDS.length)]).append(w == 39 ? "." : " ");
      }
      html.append("</p>");
    }
    return html.append("</article></body></html>").toString();
  }
}
