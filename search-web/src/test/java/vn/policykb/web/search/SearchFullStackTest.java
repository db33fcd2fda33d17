package vn.policykb.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The packaged application on a random port, over the bundled corpus it ingests on first start. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchFullStackTest {

  @TempDir
  static Path dataDir;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("kb.data-dir", () -> dataDir.toString());
  }

  @LocalServerPort
  int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonNode search(String q) throws Exception {
    HttpResponse<String> response = get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as("status of %s", q).isEqualTo(200);
    return json.readTree(response.body());
  }

  /** Seed numbers ("000".."004") of the hits, in rank order; ids derive from the file names. */
  private List<String> seeds(JsonNode results) {
    List<String> seeds = new ArrayList<>();
    for (JsonNode hit : results.get("hits")) {
      seeds.add(SeedIds.seedOf(hit.get("id").asString()));
    }
    return seeds;
  }

  @Test
  void aHitCarriesTheIdOfItsTranslation() throws Exception {
    for (JsonNode hit : search("\"Vietnam Innovation Network in Korea\"").get("hits")) {
      if (SeedIds.seedOf(hit.get("id").asString()).equals("000")) {
        assertThat(SeedIds.seedOf(hit.get("translation").asString())).isEqualTo("002");
        return;
      }
    }
    throw new AssertionError("seed 000 not found");
  }

  @Test
  void aVietnameseTermFindsEnglishArticlesMarkedAsCrossLanguage() throws Exception {
    JsonNode hits = search("tổng công trình sư").get("hits");
    assertThat(hits.valueStream().filter(h -> h.get("lang").asString().equals("en")))
        .isNotEmpty()
        .allMatch(h -> h.get("crossLanguage").asBoolean());
  }

  @Test
  void crossFalseKeepsTheSearchToTheLanguageOfItsWords() throws Exception {
    HttpResponse<String> response = get("/api/search?cross=false&q=" + URLEncoder.encode("tổng công trình sư", StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json.readTree(response.body()).get("hits").valueStream().map(h -> h.get("lang").asString()))
        .doesNotContain("en");
  }

  @Test
  void unaccentedNameRanksTheThreeArticlesAboutHimFirst() throws Exception {
    List<String> ranked = seeds(search("to lam"));
    assertThat(ranked.subList(0, 3)).containsExactlyInAnyOrder("000", "001", "002");
  }

  @Test
  void quotedUnaccentedNameReturnsExactlyThoseThree() throws Exception {
    JsonNode results = search("\"to lam\"");
    assertThat(results.get("total").asInt()).isEqualTo(3);
    assertThat(seeds(results)).containsExactlyInAnyOrder("000", "001", "002");
  }

  @Test
  void precomposedAndUnaccentedQueriesFindTheDecomposedWordsHighlightedInNfc() throws Exception {
    for (String q : List.of("người Việt", "nguoi viet")) {
      JsonNode results = search(q);
      assertThat(seeds(results)).as(q).containsExactly("002");
      String snippet = results.get("hits").get(0).get("snippet").asString();
      assertThat(snippet).as(q).contains("<mark>người Việt</mark>").doesNotContain("\u0300").doesNotContain("\u0323");
    }
  }

  @Test
  void literalResolutionNumberRanksAboveResolutionNo57() throws Exception {
    List<String> ranked = seeds(search("Resolution 57-NQ/TW"));
    assertThat(ranked).hasSizeGreaterThanOrEqualTo(3);
    assertThat(ranked.subList(0, 2)).containsExactlyInAnyOrder("000", "004");
    assertThat(ranked).contains("003");
  }

  @Test
  void hitsCarryTheirMetadata() throws Exception {
    JsonNode hit = search("Tokyo intellectuals Japan").get("hits").get(0);
    assertThat(SeedIds.seedOf(hit.get("id").asString())).isEqualTo("004");
    assertThat(hit.get("title").asString()).isEqualTo("Resolution 57 to help Vietnam develop sustainably: Vietnamese intellectual in Japan");
    assertThat(hit.get("lang").asString()).isEqualTo("en");
    assertThat(hit.get("source").asString()).isEqualTo("VNA");
    assertThat(hit.get("score").asDouble()).isPositive();
    assertThat(hit.has("date")).isTrue();
    assertThat(hit.has("url")).isTrue();
  }

  @Test
  void oddQueriesAreAnswered200() throws Exception {
    for (String q : List.of("\"", "?", "a:b", "-", "((", "\\", "%", "title:\"x")) {
      assertThat(search(q).get("total").asInt()).as(q).isGreaterThanOrEqualTo(0);
    }
  }

  @Test
  void theSearchPageShowsResults() throws Exception {
    HttpResponse<String> page = get("/?q=" + URLEncoder.encode("nguoi viet", StandardCharsets.UTF_8));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(page.body())
        .contains("<input id=\"q\" name=\"q\" type=\"search\" value=\"nguoi viet\"")
        .contains("1</span> result")
        .contains("<mark>người Việt</mark>")
        .contains("Tiếng Việt")
        .contains("2025-08-10");
  }

  @Test
  void theSearchPageEscapesWhatWasTyped() throws Exception {
    HttpResponse<String> page = get("/?q=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
  }

  @Test
  void aBadPageNumberOnTheSearchPageIsA400WithAMessage() throws Exception {
    HttpResponse<String> page = get("/?q=x&page=-3");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("page must be 1 or more, was -3");
  }

  @Test
  void filtersSortAndFacetsComeFromTheAddress() throws Exception {
    HttpResponse<String> response = get("/api/search?q=to+lam&lang=vi");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode results = json.readTree(response.body());
    assertThat(seeds(results)).containsExactly("002");
    assertThat(results.get("facets").get("lang").get(0).get("value").asString()).isEqualTo("vi");

    JsonNode facets = search("").get("facets");
    assertThat(facets.get("resolution").get(0).get("value").asString()).isEqualTo("57");
    assertThat(facets.get("resolution").get(0).get("count").asInt()).isEqualTo(3);

    HttpResponse<String> page = get("/?q=to+lam&sort=newest&lang=en");
    assertThat(page.body())
        .contains("<option value=\"newest\" selected=\"selected\">")
        .contains("href=\"?q=to+lam&amp;sort=newest\"")
        .contains("2</span> result<span>s</span>");
  }

  @Test
  void healthIsUp() throws Exception {
    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(json.readTree(health.body()).get("status").asString()).isEqualTo("UP");
  }
}
