package vn.policykb.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.util.List;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
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
 * The guard of the admin addresses over a real server: a request without the credentials gets a
 * problem and a Basic challenge; a form post needs the page's token; an API post needs none unless
 * it comes from another site; and the public addresses are left alone (no session, no headers).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminSecurityFullStackTest {

  static final String ARTICLE = """
      Huế mở vườn ươm khởi nghiệp cho sinh viên ngành công nghệ sinh học

      Thành phố Huế vừa mở vườn ươm khởi nghiệp dành cho sinh viên ngành công nghệ sinh học, \
      thực hiện Nghị quyết 57-NQ/TW về khoa học, công nghệ và đổi mới sáng tạo.

      Các nhóm sinh viên được hỗ trợ phòng thí nghiệm và cố vấn trong hai năm đầu.
      """;

  @TempDir
  static Path dataDir;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("kb.data-dir", dataDir::toString);
    registry.add("kb.bundled-corpus", () -> "false");
    registry.add("kb.admin.username", () -> "admin");
    registry.add("kb.admin.password", () -> "s3cret");
  }

  @LocalServerPort
  int port;

  private final JsonMapper json = JsonMapper.builder().build();

  private String base() {
    return "http://localhost:" + port;
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A client that keeps cookies, as a browser does. */
  private static HttpClient browserLike() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
    return headers.length == 0 ? request : request.headers(headers);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return send(HttpClient.newHttpClient(), request);
  }

  private static String form(String... nameThenValue) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < nameThenValue.length; i += 2) {
      body.append(body.isEmpty() ? "" : "&").append(nameThenValue[i]).append('=')
          .append(URLEncoder.encode(nameThenValue[i + 1], StandardCharsets.UTF_8));
    }
    return body.toString();
  }

  private HttpRequest crawlForm(String origin, String body) {
    return request("/admin/crawl", "Authorization", basic("admin", "s3cret"), "Origin", origin,
        "Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  /** The token in the hidden field of the admin page's forms, for the session of {@code client}. */
  private String pageToken(HttpClient client) throws Exception {
    String page = send(client, request("/admin", "Authorization", basic("admin", "s3cret")).build()).body();
    Matcher token = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(token.find()).as("a hidden _csrf field").isTrue();
    return token.group(1);
  }

  private void assertProblem(HttpResponse<String> answer, int status) {
    assertThat(answer.statusCode()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(answer.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asString()).isNotBlank();
    assertThat(problem.get("detail").asString()).isNotBlank();
    assertThat(answer.body()).doesNotContain("<html").doesNotContain("Exception");
    assertThat(answer.headers().allValues("Set-Cookie")).as("cookies of a refusal").isEmpty();
  }

  @Test
  void aPathTheFirewallRefusesGetsA400Problem() throws Exception {
    for (String path : List.of("/documents/a;b", "/api/documents/a%25b", "/api/search;x?q=a")) {
      assertProblem(send(request(path).build()), 400);
    }
  }

  @Test
  void aRequestWithoutTheCredentialsGetsAProblemAndABasicChallenge() throws Exception {
    for (String path : new String[] {"/api/admin/crawls", "/admin", "/admin/anything"}) {
      for (String authorization : new String[] {null, basic("admin", "wrong"), basic("someone", "s3cret"),
          "Basic not-base64!", "Bearer s3cret"}) {
        HttpRequest.Builder request = request(path, "Accept", "text/html");
        if (authorization != null) {
          request.header("Authorization", authorization);
        }
        HttpResponse<String> answer = send(request.build());
        assertProblem(answer, 401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).as(path + " " + authorization)
            .hasValueSatisfying(v -> assertThat(v).startsWith("Basic realm="));
      }
    }
    HttpResponse<String> post = send(request("/api/admin/crawls").POST(HttpRequest.BodyPublishers.noBody()).build());
    assertProblem(post, 401);
    assertThat(json.readTree(post.body()).get("title").asString()).isEqualTo("Unauthorized");
  }

  @Test
  void theFormsCarryTheTokenAndAFormPostWithoutAValidOneIsRefused() throws Exception {
    HttpClient browser = browserLike();
    String page = send(browser, request("/admin", "Authorization", basic("admin", "s3cret")).build()).body();
    assertThat(Pattern.compile("<input type=\"hidden\" name=\"_csrf\"").matcher(page).results().count())
        .as("a hidden token in each form").isEqualTo(2);
    assertThat(page).containsPattern("action=\"/admin/ingest\\?_csrf=[^\"]+\"");
    String token = pageToken(browser);

    assertProblem(send(browser, crawlForm(base(), "")), 403);
    assertProblem(send(browser, crawlForm(base(), form("_csrf", "made-up"))), 403);
    assertProblem(send(browser, crawlForm(base(), form("_csrf", pageToken(browserLike())))), 403);
    assertThat(send(HttpClient.newHttpClient(), crawlForm(base(), form("_csrf", token))).statusCode())
        .as("the token without the session it belongs to").isEqualTo(403);

    assertProblem(send(browser, crawlForm("http://evil.example", form("_csrf", token))), 403);

    HttpResponse<String> accepted = send(browser, crawlForm(base(), form("_csrf", token)));
    assertThat(accepted.statusCode()).isEqualTo(302);
    assertThat(accepted.headers().firstValue("Location")).hasValueSatisfying(
        l -> assertThat(l).contains("/admin?crawl=unconfigured"));
  }

  @Test
  void anApiPostFromAnotherSiteIsRefused() throws Exception {
    String[][] crossSite = {{"Origin", "http://evil.example"}, {"Origin", "null"},
        {"Origin", "http://localhost:" + (port == 1 ? 2 : port - 1)}, {"Referer", "http://evil.example/page.html"}};
    for (String[] header : crossSite) {
      HttpResponse<String> answer = send(request("/api/admin/crawls", "Authorization", basic("admin", "s3cret"),
          header[0], header[1]).POST(HttpRequest.BodyPublishers.noBody()).build());
      assertProblem(answer, 403);
    }

    // from the site itself, the request reaches the endpoint: no sources file to crawl
    for (String[] header : new String[][] {{"Origin", base()}, {"Referer", base() + "/admin"}}) {
      HttpResponse<String> answer = send(request("/api/admin/crawls", "Authorization", basic("admin", "s3cret"),
          header[0], header[1]).POST(HttpRequest.BodyPublishers.noBody()).build());
      assertThat(answer.statusCode()).isEqualTo(409);
      assertThat(answer.body()).contains("no sources file");
    }
  }

  @Test
  void anApiPostWithBasicAndNeitherOriginNorTokenIsAccepted() throws Exception {
    String boundary = "----kb" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"hue.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\n" + ARTICLE + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> answer = send(request("/api/admin/ingest", "Authorization", basic("admin", "s3cret"),
        "Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(json.readTree(answer.body()).get("added").asInt()).isEqualTo(1);
    assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();

    String search = send(request("/api/search?q=" + URLEncoder.encode("vườn ươm", StandardCharsets.UTF_8)).build()).body();
    assertThat(json.readTree(search).get("total").asInt()).isEqualTo(1);
  }

  @Test
  void thePublicAddressesSetNoSessionCookieAndNoHeadersOfTheGuard() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String[] paths = {"/", "/?q=" + URLEncoder.encode("nghị quyết", StandardCharsets.UTF_8), "/quotes",
        "/api/search?q=x", "/api/suggest?q=ng", "/api/resolutions", "/api/people", "/documents/nope",
        "/documents/nope/archived", "/actuator/health", "/v3/api-docs", "/swagger-ui/index.html", "/nowhere"};
    for (String path : paths) {
      HttpResponse<String> answer = send(client, request(path, "Accept-Language", "en").build());
      assertThat(answer.statusCode()).as(path).isIn(200, 404);
      assertThat(answer.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
      assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).isEmpty();
      assertThat(answer.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
      assertThat(answer.headers().firstValue("X-XSS-Protection")).as(path).isEmpty();
      assertThat(answer.headers().firstValue("Pragma")).as(path).isEmpty();
    }
    assertThat(send(client, request("/").build()).statusCode()).isEqualTo(200);
    assertThat(send(client, request("/api/search?q=x").build()).statusCode()).isEqualTo(200);
    assertThat(send(client, request("/actuator/health").build()).body()).contains("UP");
  }
}
