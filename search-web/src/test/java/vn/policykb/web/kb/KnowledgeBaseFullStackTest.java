package vn.policykb.web.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
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
import vn.policykb.ingest.document.DocumentIds;

/** Documents, quotes, resolutions and people over HTTP, on the bundled corpus. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KnowledgeBaseFullStackTest {

  static final String SEED_000 = DocumentIds.fromKey("000_65d2c3e8a35fedad.txt");
  static final String SEED_002 = DocumentIds.fromKey("002_a41c585fe1544324.txt");
  static final String SEED_003 = DocumentIds.fromKey("003_03df2e5d8c9c186e.txt");
  static final String SEED_004 = DocumentIds.fromKey("004_35416cf768a9a832.txt");

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

  private JsonNode ok(String pathAndQuery) throws Exception {
    HttpResponse<String> response = get(pathAndQuery);
    assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(n -> values.add(n.get(field).asString()));
    return values;
  }

  @Test
  void aDocumentHasItsTextMetadataQuotesAndPeople() throws Exception {
    JsonNode doc = ok("/api/documents/" + SEED_000);
    assertThat(doc.get("title").asString()).startsWith("Party General Secretary Tô Lâm");
    assertThat(doc.get("date").asString()).isEqualTo("2025-08-10");
    assertThat(doc.get("lang").asString()).isEqualTo("en");
    assertThat(doc.get("dateline").asString()).isEqualTo("SEOUL");
    assertThat(doc.get("paragraphs").size()).isGreaterThan(3);
    assertThat(texts(doc.get("quotes"), "speaker")).contains("Tô Lâm");
    assertThat(texts(doc.get("quotes"), "kind")).containsAnyOf("direct", "reported");
    assertThat(texts(doc.get("people"), "id")).contains("to-lam");
    assertThat(texts(doc.get("resolutions"), "number")).containsExactly("57", "59", "66", "68");
    assertThat(doc.get("citations").toString()).contains("57-NQ/TW");
    assertThat(doc.get("alsoPublishedBy").isArray()).isTrue();
  }

  @Test
  void aDocumentIsReadBesideItsTranslation() throws Exception {
    assertThat(ok("/api/documents/" + SEED_000).get("translation").asString()).isEqualTo(SEED_002);
    assertThat(ok("/api/documents/" + SEED_002).get("translation").asString()).isEqualTo(SEED_000);
    HttpResponse<String> page = get("/documents/" + SEED_000);
    assertThat(page.body()).contains("class=\"translation-side\"").contains("lang=\"vi\"")
        .contains("href=\"/documents/" + SEED_002 + "\"");
    assertThat(ok("/api/documents/" + SEED_003).get("translation").isNull()).isTrue();
    assertThat(get("/documents/" + SEED_003).body()).doesNotContain("class=\"translation-side\"");
  }

  @Test
  void aDocumentStoredWithDecomposedMarksIsServedInNfc() throws Exception {
    String text = ok("/api/documents/" + SEED_002).get("text").asString();
    assertThat(text).contains("người Việt").doesNotContain("\u0300").doesNotContain("\u0323");
  }

  @Test
  void anUnknownDocumentIsA404ProblemDetail() throws Exception {
    HttpResponse<String> response = get("/api/documents/nope");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(json.readTree(response.body()).get("detail").asString()).contains("nope");
  }

  @Test
  void quotesOfASpeakerTypedWithoutDiacriticsComeWithACitation() throws Exception {
    JsonNode results = ok("/api/quotes?speaker=to+lam");
    assertThat(results.get("total").asInt()).isPositive();
    JsonNode first = results.get("quotes").get(0);
    assertThat(first.get("speaker").get("personId").asString()).isEqualTo("to-lam");
    List<String> documents = texts(results.get("quotes"), "documentId");
    assertThat(documents).contains(SEED_000);
    JsonNode fromSeed000 = null;
    for (JsonNode q : results.get("quotes")) {
      if (q.get("documentId").asString().equals(SEED_000)) {
        fromSeed000 = q;
        break;
      }
    }
    assertThat(fromSeed000.get("citation").asString())
        .startsWith("Tô Lâm, ")
        .contains(" in “Party General Secretary Tô Lâm")
        .contains("10 August 2025");
  }

  @Test
  void quoteWordsMatchWithoutDiacritics() throws Exception {
    JsonNode all = ok("/api/quotes?size=100");
    String word = null;
    for (JsonNode q : all.get("quotes")) {
      if (q.get("lang").asString().equals("vi")) {
        word = q.get("text").asString().split("\\s+")[0];
        break;
      }
    }
    // seed 002 has the General Secretary's reported statements
    assertThat(word).as("a Vietnamese quote in the bundled corpus").isNotNull();
    String folded = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replace('đ', 'd').replace('Đ', 'D').replaceAll("[^\\p{L}\\p{N}]", "");
    JsonNode found = ok("/api/quotes?q=" + java.net.URLEncoder.encode(folded, StandardCharsets.UTF_8));
    assertThat(found.get("total").asInt()).as(folded).isPositive();
  }

  @Test
  void aBadQuoteParameterIsA400SayingWhatToChange() throws Exception {
    HttpResponse<String> response = get("/api/quotes?lang=fr");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("detail").asString()).isEqualTo("lang must be vi or en, was \"fr\"");
  }

  @Test
  void resolution57CountsTheThreeSeedsCitingIt() throws Exception {
    for (String number : List.of("57", "57-NQ/TW", "nq-57")) {
      JsonNode r = ok("/api/resolutions/" + number);
      assertThat(r.get("number").asString()).isEqualTo("57-NQ/TW");
      assertThat(r.get("documentCount").asInt()).as(number).isEqualTo(3);
      assertThat(texts(r.get("latestDocuments"), "id")).containsExactlyInAnyOrder(SEED_000, SEED_003, SEED_004);
    }
  }

  @Test
  void aResolutionHasItsFactsWithTheirMarks() throws Exception {
    JsonNode r = ok("/api/resolutions/57");
    assertThat(r.get("date").get("value").asString()).isEqualTo("2024-12-22");
    assertThat(r.get("date").get("status").asString()).isEqualTo("verified");
    assertThat(r.get("nameVi").get("status").asString()).isEqualTo("unverified");
    assertThat(r.get("issuer").get("fact").get("value").asString()).isEqualTo("politburo");
    assertThat(r.get("implementingDocuments").toString()).contains("1131/QĐ-TTg");
    assertThat(r.get("coverage").get("byMonth").get(0).get("month").asString()).isEqualTo("2025-08");
    assertThat(r.get("coverage").get("undated").asInt()).isEqualTo(2);
  }

  @Test
  void theResolutionListHasTheFourWithTheirCounts() throws Exception {
    JsonNode all = ok("/api/resolutions");
    assertThat(texts(all, "shortNumber")).containsExactly("57", "59", "66", "68");
    assertThat(all.get(0).get("documentCount").asInt()).isEqualTo(3);
  }

  @Test
  void anUnknownResolutionIsA404() throws Exception {
    HttpResponse<String> response = get("/api/resolutions/12");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(404);
  }

  @Test
  void aRegistryPersonHasFactsDocumentsAndQuotes() throws Exception {
    JsonNode p = ok("/api/people/to-lam");
    assertThat(p.get("name").asString()).isEqualTo("Tô Lâm");
    assertThat(p.get("registered").asBoolean()).isTrue();
    assertThat(p.get("roles").size()).isPositive();
    assertThat(p.get("documentCount").asInt()).isGreaterThanOrEqualTo(3);
    assertThat(p.get("quoteCount").asInt()).isPositive();
  }

  @Test
  void anUnknownPersonIsA404() throws Exception {
    assertThat(get("/api/people/nobody-here").statusCode()).isEqualTo(404);
  }

  @Test
  void searchHitsCarryResolutionsAndPeople() throws Exception {
    JsonNode hits = ok("/api/search?q=to+lam").get("hits");
    JsonNode seed000 = null;
    for (JsonNode hit : hits) {
      if (hit.get("id").asString().equals(SEED_000)) {
        seed000 = hit;
      }
    }
    assertThat(seed000.get("resolutions").toString()).contains("\"57\"");
    assertThat(texts(seed000.get("people"), "id")).contains("to-lam");
    assertThat(seed000.get("alsoPublishedBy").isArray()).isTrue();
  }

  @Test
  void everyPageAnswers() throws Exception {
    for (String page : List.of("/documents/" + SEED_000, "/quotes?speaker=to+lam", "/resolutions/57", "/people/to-lam")) {
      HttpResponse<String> response = get(page);
      assertThat(response.statusCode()).as(page).isEqualTo(200);
    }
    assertThat(get("/documents/nope").statusCode()).isEqualTo(404);
    assertThat(get("/resolutions/12").statusCode()).isEqualTo(404);
  }

  @Test
  void thePagesSpeakVietnameseWhenAskedTo() throws Exception {
    HttpResponse<String> resolution = get("/resolutions/57?ui=vi");
    assertThat(resolution.statusCode()).isEqualTo(200);
    assertThat(resolution.body()).contains("<html lang=\"vi\"")
        .contains(">Nghị quyết 57-NQ/TW</h1>")
        .contains(">Văn bản triển khai<")
        .contains(">đã kiểm chứng<")
        .contains(">Tháng<")
        .contains(">T8/2025<")
        .doesNotContain("Implementing documents")
        .doesNotContain(">verified<")
        .doesNotContain("Documents citing")
        .doesNotContain("Policy knowledge base");

    HttpResponse<String> quotes = get("/quotes?ui=vi");
    assertThat(quotes.statusCode()).isEqualTo(200);
    assertThat(quotes.body()).contains("<html lang=\"vi\"").contains(">Ai đã nói gì</h1>")
        .contains("placeholder=\"người phát biểu: to lam\"")
        .doesNotContain("Who said what").doesNotContain("Find quotes").doesNotContain("Policy knowledge base");

    HttpResponse<String> spoken = get("/quotes?speaker=to+lam&ui=vi");
    assertThat(spoken.body()).contains("<html lang=\"vi\"").contains(">Sao chép dẫn nguồn</button>")
        .contains("data-copied=\"Đã sao chép dẫn nguồn\"")
        .doesNotContain("Copy citation").doesNotContain("Citation copied").doesNotContain("direct quote");

    HttpResponse<String> document = get("/documents/" + SEED_000 + "?ui=vi");
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.body()).contains("<html lang=\"vi\"")
        .contains("aria-label=\"Về tài liệu này\"")
        .contains(">Nhân vật</h2>")
        .doesNotContain("About this document").doesNotContain(">People</h2>").doesNotContain("Policy knowledge base");

    HttpResponse<String> missing = get("/documents/nope?ui=vi");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("<html lang=\"vi\"").contains("Không có tài liệu nào mang mã “nope”.");
  }

  @Test
  void thePagesSpeakEnglishByDefault() throws Exception {
    assertThat(get("/resolutions/57").body()).contains("<html lang=\"en\"")
        .contains(">Resolution 57-NQ/TW</h1>").contains(">Implementing documents<").contains(">verified<");
    assertThat(get("/quotes?speaker=to+lam").body()).contains(">Copy citation</button>")
        .contains("data-copied=\"Citation copied\"");
    assertThat(get("/resolutions/12").body()).contains("No resolution “12”: the knowledge base has 57, 59, 66 and 68.");
  }
}
