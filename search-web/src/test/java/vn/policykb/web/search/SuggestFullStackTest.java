package vn.policykb.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/suggest} and the did-you-mean of the search page, over the bundled corpus. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SuggestFullStackTest {

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

  private HttpResponse<String> get(String path, String q) throws Exception {
    String address = "http://localhost:" + port + path + URLEncoder.encode(q, StandardCharsets.UTF_8);
    return http.send(HttpRequest.newBuilder(URI.create(address)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonNode suggest(String q) throws Exception {
    HttpResponse<String> response = get("/api/suggest?q=", q);
    assertThat(response.statusCode()).as("status of %s", q).isEqualTo(200);
    return json.readTree(response.body());
  }

  @Test
  void anUnaccentedNameGetsItsSpellingAndTheRegistryPerson() throws Exception {
    JsonNode suggestions = suggest("to lam");
    assertThat(suggestions.get("query").asString()).isEqualTo("to lam");
    assertThat(suggestions.get("didYouMean").asString()).isEqualTo("Tô Lâm");
    assertThat(suggestions.get("people").get(0).get("id").asString()).isEqualTo("to-lam");
    assertThat(suggestions.get("people").get(0).get("name").asString()).isEqualTo("Tô Lâm");
  }

  @Test
  void resolutionsAndTermCompletionsMatchTheTypedWordsAccentsAside() throws Exception {
    JsonNode suggestions = suggest("nghi quyet 57");
    assertThat(suggestions.get("resolutions").get(0).get("number").asString()).isEqualTo("57-NQ/TW");
    assertThat(suggestions.get("resolutions").get(0).has("name")).isTrue();
    assertThat(suggest("nguoi vie").get("terms").toString()).contains("\"việt\"");
    assertThat(suggest("Tô Lâm").get("didYouMean").isNull()).isTrue();
  }

  @Test
  void blankInputGetsEmptyListsAndAnAbsurdOneA400() throws Exception {
    JsonNode blank = suggest("");
    assertThat(blank.get("didYouMean").isNull()).isTrue();
    assertThat(blank.get("people").size()).isZero();
    assertThat(blank.get("resolutions").size()).isZero();
    assertThat(blank.get("terms").size()).isZero();
    assertThat(suggest("\"-*:").get("didYouMean").isNull()).isTrue();

    HttpResponse<String> tooLong = get("/api/suggest?q=", "a".repeat(501));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
  }

  @Test
  void theSearchPageOffersTheSpellingOfTheTextsKeepingTheOtherParameters() throws Exception {
    HttpResponse<String> page = get("/?lang=vi&ui=en&q=", "nguoi viet");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Did you mean:")
        .contains("<a href=\"?q=ng%C6%B0%E1%BB%9Di+Vi%E1%BB%87t&amp;lang=vi\">người Việt</a>?");

    HttpResponse<String> vietnamese = get("/?ui=vi&q=", "to lam");
    assertThat(vietnamese.body()).contains("Có phải bạn muốn tìm:").contains(">Tô Lâm</a>?");

    HttpResponse<String> accented = get("/?ui=en&q=", "Tô Lâm");
    assertThat(accented.body()).doesNotContain("Did you mean");
  }

  @Test
  void aSearchWithoutResultsOffersTheSuggestionInItsMessage() throws Exception {
    // the texts write "số hóa"; typed in the old placement and with a filter that leaves nothing
    HttpResponse<String> page = get("/?ui=en&lang=en&cross=false&q=", "số hoá");
    assertThat(page.body()).contains("Search for the spelling the texts use:")
        .contains(">số hóa</a>.");
  }
}
