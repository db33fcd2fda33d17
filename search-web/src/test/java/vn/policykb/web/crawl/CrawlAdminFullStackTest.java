package vn.policykb.web.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web app crawls a loopback site when asked through the admin endpoint, while serving search:
 * the crawled article is then found, the run is reported by the endpoint and counted in the
 * metrics; the endpoint wants the admin credentials.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrawlAdminFullStackTest {

  @TempDir
  static Path dataDir;

  static HttpServer site;

  static final Map<String, String> PAGES = Map.of(
      "/sitemap.xml", "",
      "/tin-tuc/doi-moi.html", page("Đổi mới sáng tạo trong doanh nghiệp nhỏ",
          "Nghị quyết 57-NQ/TW khuyến khích các doanh nghiệp nhỏ đầu tư cho đổi mới sáng tạo và chuyển đổi số.",
          "Nhiều doanh nghiệp ở Đà Nẵng đã lập phòng thí nghiệm riêng để thử nghiệm sản phẩm mới.",
          "Các chuyên gia cho rằng chính sách ưu đãi thuế sẽ giúp doanh nghiệp mạnh dạn đầu tư hơn."));

  private static String page(String title, String... paragraphs) {
    StringBuilder html = new StringBuilder("<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").append(title)
        .append("</title></head><body><article><h1>").append(title).append("</h1>");
    for (String p : paragraphs) {
      html.append("<p>").append(p).append("</p>");
    }
    return html.append("</article></body></html>").toString();
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    site = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
    String base = "http://127.0.0.1:" + site.getAddress().getPort();
    site.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      String body = path.equals("/sitemap.xml")
          ? "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + base
              + "/tin-tuc/doi-moi.html</loc></url></urlset>"
          : PAGES.get(path);
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", path.endsWith(".xml") ? "application/xml" : "text/html; charset=utf-8");
      exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    site.start();
    Path sources = dataDir.resolve("sources.yaml");
    Files.writeString(sources, """
        sources:
          - name: loopback
            sitemaps: ["%s/sitemap.xml"]
            delay: 10ms
        """.formatted(base));
    registry.add("kb.data-dir", () -> dataDir.resolve("data").toString());
    registry.add("kb.bundled-corpus", () -> "false");
    registry.add("kb.crawl.sources", sources::toString);
    registry.add("kb.admin.username", () -> "admin");
    registry.add("kb.admin.password", () -> "s3cret");
  }

  @AfterAll
  static void stopSite() {
    site.stop(0);
  }

  @LocalServerPort
  int port;

  @Autowired
  MeterRegistry registry;

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  private HttpResponse<String> send(String method, String path, String user, String password) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void anAdminStartsACrawlAndSearchFindsWhatItIndexed() throws Exception {
    assertThat(send("GET", "/api/admin/crawls", null, null).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/api/admin/crawls", "admin", "wrong").statusCode()).isEqualTo(401);
    assertThat(send("POST", "/api/admin/crawls", null, null).statusCode()).isEqualTo(401);

    assertThat(send("POST", "/api/admin/crawls", "admin", "s3cret").statusCode()).isEqualTo(202);
    JsonNode runs = null;
    for (int i = 0; i < 300; i++) {
      JsonNode body = json.readTree(send("GET", "/api/admin/crawls", "admin", "s3cret").body());
      if (!body.get("running").asBoolean() && !body.get("runs").isEmpty()
          && "completed".equals(body.get("runs").get(0).get("status").asString())) {
        runs = body.get("runs");
        break;
      }
      Thread.sleep(100);
    }
    assertThat(runs).as("a completed run").isNotNull();
    JsonNode source = runs.get(0).get("sources").get(0);
    assertThat(source.get("source").asString()).isEqualTo("loopback");
    assertThat(source.get("added").asInt()).isEqualTo(1);
    assertThat(source.get("failed").asInt()).isZero();

    // the admin page shows the run, its source's figures, and the sources file
    HttpResponse<String> page = send("GET", "/admin", "admin", "s3cret");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Run " + runs.get(0).get("run").asLong()).contains("completed")
        .contains("<th scope=\"row\">loopback</th>").contains("sources.yaml");

    HttpResponse<String> search = send("GET", "/api/search?q=" + URLEncoder.encode("phòng thí nghiệm", StandardCharsets.UTF_8),
        null, null);
    assertThat(json.readTree(search.body()).get("total").asInt()).isEqualTo(1);

    // the document page links to the archived copy, which is the page as fetched, sandboxed
    String id = json.readTree(search.body()).get("hits").get(0).get("id").asString();
    String path = "/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    assertThat(send("GET", path, null, null).body()).contains(path + "/archived");
    HttpResponse<String> archived = send("GET", path + "/archived", null, null);
    assertThat(archived.statusCode()).isEqualTo(200);
    assertThat(archived.headers().firstValue("content-security-policy")).hasValue("sandbox");
    assertThat(archived.headers().firstValue("cache-control")).hasValue("private, max-age=3600");
    assertThat(archived.headers().firstValue("x-frame-options")).isEmpty();
    assertThat(archived.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(archived.body()).contains("phòng thí nghiệm");
    assertThat(send("GET", "/documents/nope/archived", null, null).statusCode()).isEqualTo(404);
    assertThat(registry.counter("kb.crawl.pages", "source", "loopback", "outcome", "new").count()).isEqualTo(1.0);
  }
}
