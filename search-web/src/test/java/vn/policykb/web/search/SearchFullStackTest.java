package vn.policykb.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.policykb.ingest.index.DocumentIndex;

/** The packaged application on a random port, over the bundled corpus it ingests on first start. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchFullStackTest {

  @TempDir
  static Path dataDir;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("kb.data-dir", () -> dataDir.toString());
  }

  /** How many documents the index held when the web server opened its port. */
  @TestConfiguration
  static class PortOpening {
    final AtomicLong documents = new AtomicLong(-1);

    @Bean
    ApplicationListener<WebServerInitializedEvent> documentsAtPortOpening(DocumentIndex index) {
      return event -> {
        try {
          documents.set(index.count());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };
    }
  }

  @LocalServerPort
  int port;

  @Autowired
  PortOpening portOpening;

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

  private HttpResponse<String> post(String form) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/search"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void theFirstRequestAfterTheFirstStartFindsTheBundledArticles() {
    assertThat(portOpening.documents.get()).as("documents searchable when the port opened").isEqualTo(5);
  }

  @Test
  void aPastedTextLongerThanAnAddressHoldsIsSearchedByPost() throws Exception {
    String article = json.readTree(get("/api/documents/" + search("Tô Lâm").get("hits").get(0).get("id").asString())
        .body()).get("text").asString();
    StringBuilder pasted = new StringBuilder();
    while (pasted.length() < 10_000) {
      pasted.append(article).append('\n');
    }
    String q = pasted.substring(0, 10_000);
    HttpResponse<String> answer = post("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&size=5");
    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode results = json.readTree(answer.body());
    assertThat(results.get("hits").size()).isPositive();
    assertThat(json.readTree(get("/api/documents/" + results.get("hits").get(0).get("id").asString()).body())
        .get("text").asString()).isEqualTo(article);

    HttpResponse<String> tooLong = post("q=" + "a".repeat(20_001));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(json.readTree(tooLong.body()).get("detail").asString()).contains("at most 20000 characters");
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
        .contains("1 result for nguoi viet")
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
        .contains("2 results for to lam");
  }

  @Test
  void exportStreamsEveryResultAsCsvOrJson() throws Exception {
    HttpResponse<String> csv = get("/api/search/export?q=to+lam&format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
    assertThat(csv.headers().firstValue("content-disposition")).hasValue("attachment; filename=\"search-results.csv\"");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.getFirst()).isEqualTo("\uFEFFid,title,lang,date,source,url,resolutions,citations");
    assertThat(lines).hasSize(4);

    HttpResponse<String> jsonExport = get("/api/search/export?q=&format=json&resolution=57");
    assertThat(jsonExport.statusCode()).isEqualTo(200);
    JsonNode rows = json.readTree(jsonExport.body());
    assertThat(rows.size()).isEqualTo(3);
    rows.forEach(row -> assertThat(row.get("resolutions").toString()).contains("57"));

    HttpResponse<String> bad = get("/api/search/export?q=x&format=xml");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json.readTree(bad.body()).get("detail").asString()).isEqualTo("format must be csv or json, was \"xml\"");
  }

  @Test
  void theApiIsDescribedByOpenApiWithAUserInterface() throws Exception {
    HttpResponse<String> docs = get("/v3/api-docs");
    assertThat(docs.statusCode()).isEqualTo(200);
    JsonNode paths = json.readTree(docs.body()).get("paths");
    assertThat(paths.has("/api/search")).isTrue();
    assertThat(paths.has("/api/search/export")).isTrue();
    assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
  }

  @Test
  void theInterfaceSpeaksTheReadersLanguageAndRemembersTheSwitch() throws Exception {
    HttpResponse<String> vietnamese = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?q=to+lam"))
        .header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(vietnamese.body()).contains("<html lang=\"vi\"").contains("3 kết quả cho “to lam”")
        .contains("href=\"/?q=to+lam&amp;ui=en\"");

    HttpResponse<String> switched = get("/?q=to+lam&ui=vi");
    assertThat(switched.body()).contains("<html lang=\"vi\"").contains("Cơ sở tri thức chính sách");
    String cookie = switched.headers().firstValue("set-cookie").orElseThrow();
    assertThat(cookie).startsWith("kb-ui=vi");

    HttpResponse<String> remembered = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
        .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).header("Accept-Language", "en").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(remembered.body()).contains("<html lang=\"vi\"").contains("tài liệu mới nhất");

    assertThat(get("/?q=to+lam").body()).contains("<html lang=\"en\"").contains("Policy knowledge base");
  }

  @Test
  void peopleNarrowTheSearchFromTheirFacet() throws Exception {
    HttpResponse<String> response = get("/api/search?q=&person=to-lam");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(seeds(json.readTree(response.body()))).containsExactlyInAnyOrder("000", "001", "002");
    assertThat(get("/?q=").body()).contains("href=\"?person=to-lam\"");
    JsonNode people = json.readTree(get("/api/people").body());
    assertThat(people.get(0).get("id").asString()).isEqualTo("to-lam");
    assertThat(people.get(0).get("name").asString()).isEqualTo("Tô Lâm");
    assertThat(people.get(0).get("documentCount").asInt()).isEqualTo(3);
  }

  @Test
  void healthIsUp() throws Exception {
    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(json.readTree(health.body()).get("status").asString()).isEqualTo("UP");
  }
}
