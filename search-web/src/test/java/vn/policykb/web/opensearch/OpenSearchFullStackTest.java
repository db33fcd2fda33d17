package vn.policykb.web.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application with {@code kb.backend=opensearch} on a development node (or the node of
 * {@code KB_TEST_OPENSEARCH_URL}): it makes its index, ingests the bundled corpus into it on first
 * start, and answers the search page and every API from it. Without a node that can start the test
 * is skipped, except with {@code CI=true}, where it fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenSearchFullStackTest {

  @TempDir
  static Path dataDir;

  @DynamicPropertySource
  static void openSearch(DynamicPropertyRegistry registry) {
    registry.add("kb.data-dir", () -> dataDir.toString());
    WebTestNode.register(registry, "web");
  }

  @LocalServerPort
  int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  private HttpResponse<String> get(String path, String query) throws Exception {
    URI uri = URI.create("http://localhost:" + port + path + "?" + query.replace(" ", "+"));
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonNode api(String path, String query) throws Exception {
    HttpResponse<String> response = get(path, query);
    assertThat(response.statusCode()).as("%s?%s: %s", path, query, response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static String q(String text) {
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void theSearchPageAndTheApiAnswerFromOpenSearch() throws Exception {
    JsonNode results = api("/api/search", q("Tô Lâm"));
    assertThat(results.get("total").asLong()).isPositive();
    String first = results.get("hits").get(0).get("id").asString();
    assertThat(api("/api/documents/" + first, "").get("title").asString()).isNotBlank();

    HttpResponse<String> page = get("/", q("Tô Lâm"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(results.get("hits").get(0).get("title").asString());
  }

  @Test
  void theResearchAndQuoteApisAnswerFromOpenSearch() throws Exception {
    JsonNode timeline = api("/api/timeline", q("Tô Lâm") + "&interval=month");
    assertThat(timeline.get("series").get(0).get("total").asLong()).isPositive();
    api("/api/quotes", q("phát triển"));
    assertThat(api("/api/suggest", q("to lam")).get("didYouMean").asString()).isEqualTo("Tô Lâm");
    api("/api/search/themes", q("Tô Lâm"));
    api("/api/quotes/provenance", "text=" + URLEncoder.encode("Tô Lâm", StandardCharsets.UTF_8));
  }
}
