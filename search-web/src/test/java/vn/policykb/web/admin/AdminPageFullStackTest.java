package vn.policykb.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin page and the upload endpoint over a real server: both want the admin credentials, a
 * form post must carry the page's token, an uploaded article is searchable at once, a bad file
 * is reported with its reason while the rest is ingested, and an upload over the limit gets a clear
 * answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminPageFullStackTest {

  static final String ARTICLE = """
      Hà Nội mở trung tâm thử nghiệm khinh khí cầu năng lượng mặt trời

      Thành phố Hà Nội vừa khánh thành trung tâm thử nghiệm khinh khí cầu chạy bằng năng lượng mặt trời, \
      theo tinh thần Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ và đổi mới sáng tạo.

      Trung tâm sẽ hỗ trợ các nhóm nghiên cứu trẻ thử nghiệm thiết bị bay mới trong điều kiện an toàn.

      Lãnh đạo thành phố cho biết sẽ dành thêm ngân sách cho các dự án khởi nghiệp sáng tạo trong năm tới.
      """;

  @TempDir
  static Path dataDir;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("kb.data-dir", dataDir::toString);
    registry.add("kb.bundled-corpus", () -> "false");
    registry.add("kb.admin.username", () -> "admin");
    registry.add("kb.admin.password", () -> "s3cret");
    registry.add("spring.servlet.multipart.max-file-size", () -> "64KB");
    registry.add("spring.servlet.multipart.max-request-size", () -> "256KB");
  }

  @LocalServerPort
  int port;

  // keeps the session that holds the forms' token, as a browser does
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private final JsonMapper json = JsonMapper.builder().build();

  private String base() {
    return "http://localhost:" + port;
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).header("Accept-Language", "en");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The address a form of the admin page posts to, and the token it sends in its hidden field. */
  record Form(String action, String token) {}

  private Form form(String action) throws Exception {
    String page = get("/admin", basic("admin", "s3cret")).body();
    Matcher form = Pattern.compile("<form[^>]* action=\"(" + Pattern.quote(action) + "[^\"]*)\"").matcher(page);
    Matcher token = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(form.find()).as("a form posting to " + action).isTrue();
    assertThat(token.find()).as("the forms' token").isTrue();
    return new Form(form.group(1).replace("&amp;", "&"), token.group(1));
  }

  private HttpResponse<String> post(String path, String origin, Map<String, byte[]> files) throws Exception {
    return post(path, origin, null, files);
  }

  /** A multipart post; {@code token}, when given, goes in the field {@code _csrf} as the form's hidden one. */
  private HttpResponse<String> post(String path, String origin, String token, Map<String, byte[]> files)
      throws Exception {
    String boundary = "----kb" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (token != null) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.getKey()
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.getValue());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
        .header("Authorization", basic("admin", "s3cret"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static Map<String, byte[]> files(Object... nameThenContent) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < nameThenContent.length; i += 2) {
      Object content = nameThenContent[i + 1];
      files.put((String) nameThenContent[i],
          content instanceof byte[] bytes ? bytes : ((String) content).getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  private int total(String q) throws Exception {
    return json.readTree(get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null).body())
        .get("total").asInt();
  }

  @Test
  void thePageWantsTheCredentialsAndShowsTheIndex() throws Exception {
    assertThat(get("/admin", null).statusCode()).isEqualTo(401);
    assertThat(get("/admin", null).headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        v -> assertThat(v).startsWith("Basic"));
    assertThat(get("/admin", basic("admin", "wrong")).statusCode()).isEqualTo(401);

    HttpResponse<String> page = get("/admin", basic("admin", "s3cret"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Documents in the index").contains("class=\"document-count\"")
        .contains("no sources file configured");
    assertThat(page.body()).containsPattern("class=\"document-count\">\\d+</dd>");
    assertThat(get("/admin?ui=vi", basic("admin", "s3cret")).body()).contains("Số văn bản trong chỉ mục")
        .contains("chưa cấu hình tệp nguồn");
  }

  @Test
  void anUploadedArticleIsSearchableAndAnEmptyFileIsReportedRejected() throws Exception {
    assertThat(total("khinh khí cầu")).isZero();

    HttpResponse<String> answer = post("/api/admin/ingest", null,
        files("khinh-khi-cau.txt", ARTICLE, "empty.txt", new byte[0]));
    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode report = json.readTree(answer.body());
    assertThat(report.get("added").asInt()).isEqualTo(1);
    assertThat(report.get("rejected").asInt()).isEqualTo(1);
    JsonNode empty = null;
    for (JsonNode file : report.get("files")) {
      if (file.get("where").asString().equals("empty.txt")) {
        empty = file;
      }
    }
    assertThat(empty).isNotNull();
    assertThat(empty.get("status").asString()).isEqualTo("rejected");
    assertThat(empty.get("reason").asString()).isEqualTo("empty file");

    assertThat(total("khinh khí cầu")).isEqualTo(1);
    assertThat(total("khinh khi cau")).isEqualTo(1);
  }

  @Test
  void theFormIngestsAndTheRedirectedPageShowsEachFile() throws Exception {
    assertThat(post("/admin/ingest", null, files("cross-site.txt", ARTICLE)).statusCode())
        .as("a form post without the page's token").isEqualTo(403);
    assertThat(post("/admin/ingest", "http://evil.example", files("cross-site.txt", ARTICLE)).statusCode())
        .as("a form post from another site, which cannot read the token").isEqualTo(403);

    Form upload = form("/admin/ingest");
    HttpResponse<String> answer = post(upload.action(), base(), upload.token(),
        files("form-article.txt", ARTICLE.replace("Hà Nội", "Đà Nẵng"), "notes.xyz", "?"));
    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
        l -> assertThat(l).contains("/admin?upload=done"));

    String page = get("/admin?upload=done", basic("admin", "s3cret")).body();
    assertThat(page).contains("Ingested: each file").contains("form-article.txt").contains("notes.xyz")
        .contains("unsupported file type");
  }

  @Test
  void anUploadOverTheLimitIsRefusedWithAClearMessage() throws Exception {
    byte[] big = new byte[100 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');

    HttpResponse<String> api = post("/api/admin/ingest", null, files("big.txt", big));
    assertThat(api.statusCode()).isEqualTo(413);
    assertThat(api.body()).contains("at most 64 KB a file and 256 KB in all");

    Form upload = form("/admin/ingest");
    HttpResponse<String> form = post(upload.action(), base(), upload.token(), files("big.txt", big));
    assertThat(form.statusCode()).isEqualTo(302);
    assertThat(form.headers().firstValue("Location")).hasValueSatisfying(
        l -> assertThat(l).contains("/admin?upload=too-large"));
    assertThat(get("/admin?upload=too-large", basic("admin", "s3cret")).body())
        .contains("the upload is too large. At most 64 KB a file and 256 KB in all.");
  }

  @Test
  void theCrawlButtonSaysThatNoSourcesFileIsConfigured() throws Exception {
    Form crawl = form("/admin/crawl");
    HttpRequest request = HttpRequest.newBuilder(URI.create(base() + crawl.action()))
        .header("Authorization", basic("admin", "s3cret")).header("Origin", base())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(crawl.token(), StandardCharsets.UTF_8)))
        .build();
    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
        l -> assertThat(l).contains("/admin?crawl=unconfigured"));
    assertThat(get("/admin?crawl=unconfigured", basic("admin", "s3cret")).body())
        .contains("No crawl started: no sources file is configured");
  }
}
