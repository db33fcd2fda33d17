package vn.policykb.web.research;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.policykb.ingest.source.SourceFile;
import vn.policykb.web.index.IngestService;

/**
 * The research endpoints of the packaged application over the bundled corpus (five articles, three
 * dated in August 2025, two undated), and over a data set uploaded beside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResearchFullStackTest {

  @TempDir
  static Path dataDir;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("kb.data-dir", () -> dataDir.toString());
  }

  @LocalServerPort
  int port;

  @Autowired
  IngestService ingest;

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  private HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonNode ok(String pathAndQuery) throws Exception {
    HttpResponse<String> response = get(pathAndQuery);
    assertThat(response.statusCode()).as("status of %s: %s", pathAndQuery, response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private void assertProblem(String pathAndQuery, String detail) throws Exception {
    HttpResponse<String> response = get(pathAndQuery);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json.readTree(response.body()).get("detail").asString()).contains(detail);
  }

  @Test
  void aTimelineComparesQueriesPeriodByPeriod() throws Exception {
    JsonNode timeline = ok("/api/timeline?q=" + encoded("to lam") + "&q=" + encoded("chuyển đổi số") + "&interval=day");

    assertThat(timeline.get("interval").asString()).isEqualTo("day");
    JsonNode toLam = timeline.get("series").get(0);
    assertThat(toLam.get("query").asString()).isEqualTo("to lam");
    // the search's own total for the same query
    assertThat(toLam.get("total").asLong()).isEqualTo(ok("/api/search?q=to+lam").get("total").asLong());
    assertThat(toLam.get("points").valueStream().map(p -> p.get("period").asString()).toList())
        .containsExactly("2025-08-10", "2025-08-11", "2025-08-12");
    assertThat(toLam.get("points").get(1).get("total").asLong()).isZero();
    assertThat(toLam.get("points").get(0).get("vi").asLong() + toLam.get("points").get(0).get("en").asLong())
        .isEqualTo(2);
    assertThat(toLam.get("points").get(0).get("share").asDouble()).isEqualTo(1.0);
    JsonNode digital = timeline.get("series").get(1);
    assertThat(digital.get("undated").get("total").asLong()).isEqualTo(2);

    JsonNode everything = ok("/api/timeline?q=");
    assertThat(everything.get("series").get(0).get("total").asLong()).isEqualTo(ok("/api/search?q=").get("total").asLong());
  }

  @Test
  void aTimelineDownloadsAsCsv() throws Exception {
    HttpResponse<String> csv = get("/api/timeline?q=to+lam&format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.body().lines().toList()).containsExactly(
        "query,period,from,vi,en,total,share",
        "to lam,2025-08,2025-08-01,1,2,3,1.0",
        "to lam,undated,,0,0,0,");
  }

  @Test
  void badTimelineParametersAreProblems() throws Exception {
    assertProblem("/api/timeline?q=a&interval=year", "interval must be day, week or month");
    assertProblem("/api/timeline?q=a&q=b&q=c&q=d&q=e&q=f", "at most 5 queries");
    assertProblem("/api/timeline", "q is missing");
    assertProblem("/api/timeline?q=a&lang=fr", "lang must be vi or en");
    assertProblem("/api/timeline?q=a&format=xml", "format must be json or csv");
  }

  @Test
  void aSearchIsAValidAtomFeedOfItsNewestMatches() throws Exception {
    HttpResponse<String> response = get("/feeds/search.atom?q=" + encoded("to lam"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));

    SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getTitle()).contains("to lam");
    List<SyndEntry> entries = feed.getEntries();
    assertThat(entries).hasSize(3);
    assertThat(entries).allSatisfy(entry -> {
      assertThat(entry.getUri()).startsWith("urn:uuid:");
      assertThat(entry.getTitle()).isNotBlank();
      assertThat(entry.getLink()).startsWith("http://localhost:" + port + "/documents/");
      assertThat(entry.getPublishedDate()).isNotNull();
      assertThat(entry.getUpdatedDate()).isNotNull();
      assertThat(entry.getDescription().getValue()).contains("Lâm");
    });
    // newest first
    assertThat(entries.get(0).getPublishedDate()).isAfterOrEqualTo(entries.get(2).getPublishedDate());
    assertThat(response.body()).contains("xml:lang=\"vi\"", "xml:lang=\"en\"");
    String document = entries.getFirst().getLink().substring(entries.getFirst().getLink().lastIndexOf('/') + 1);
    assertThat(get("/documents/" + document).statusCode()).isEqualTo(200);
  }

  @Test
  void aFeedReaderThatHasTheFeedGetsNotModified() throws Exception {
    HttpResponse<String> first = get("/feeds/search.atom?q=innovation");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

    assertThat(get("/feeds/search.atom?q=innovation", "If-None-Match", etag).statusCode()).isEqualTo(304);
    assertThat(get("/feeds/search.atom?q=innovation", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    HttpResponse<String> other = get("/feeds/search.atom?q=innovation&lang=vi", "If-None-Match", etag);
    assertThat(other.statusCode()).isEqualTo(200);
    assertProblem("/feeds/search.atom?q=a&lang=fr", "lang must be vi or en");
  }

  @Test
  void typeaheadProposesPeopleResolutionsSourcesAndPhrasesUnaccented() throws Exception {
    JsonNode toLam = ok("/api/suggest?q=" + encoded("to lam"));
    assertThat(toLam.get("people").get(0).get("name").asString()).isEqualTo("Tô Lâm");
    JsonNode vn = ok("/api/suggest?q=vn");
    assertThat(vn.get("sources").valueStream().map(JsonNode::asString).toList()).contains("VNA", "VNS");
    JsonNode doiMoi = ok("/api/suggest?q=" + encoded("doi moi sang"));
    assertThat(doiMoi.get("phrases").valueStream().map(JsonNode::asString).toList()).contains("đổi mới sáng tạo");
    assertThat(doiMoi.get("resolutions").get(0).get("number").asString()).isEqualTo("57-NQ/TW");
  }

  @Test
  void aQuoteIsTracedToItsPublications() throws Exception {
    String quote = "Contributing to national development does not necessarily require returning home";
    JsonNode result = ok("/api/quotes/provenance?text=" + encoded(quote));
    JsonNode publications = result.get("publications");
    assertThat(publications.get(0).get("first").asBoolean()).isTrue();
    assertThat(publications.get(0).get("match").asString()).isEqualTo("exact");
    assertThat(publications.get(0).get("lang").asString()).isEqualTo("en");
    // the Vietnamese story it is linked to
    assertThat(publications.valueStream().map(p -> p.get("lang").asString()).toList()).contains("vi");
    assertProblem("/api/quotes/provenance", "text is missing");
    // past the longest value an address may hold, the address check refuses it first
    assertThat(get("/api/quotes/provenance?text=" + "a".repeat(2_001)).statusCode()).isEqualTo(400);
  }

  @Test
  void theThemesOfResultsNarrowTheSearch() throws Exception {
    JsonNode themes = ok("/api/search/themes?q=" + encoded("innovation"));
    assertThat(themes.get("sample").asInt()).isPositive();
    assertThat(themes.get("people").valueStream().map(p -> p.get("value").asString()).toList()).contains("to-lam");

    String page = get("/?q=innovation").body();
    assertThat(page).contains("class=\"themes\"", "href=\"?q=innovation&amp;person=to-lam\"");
  }

  @Test
  void documentsSayWhereTheyCameFromAndADataSetIdFindsThem() throws Exception {
    JsonNode hit = ok("/api/search?q=" + encoded("to lam")).get("hits").get(0);
    assertThat(hit.get("origin").get("kind").asString()).isEqualTo("file");
    assertThat(hit.get("origin").get("path").asString()).matches("\\d{3}_[0-9a-f]{16}\\.txt");
    assertThat(hit.get("origin").has("line")).as("absent fields are left out").isFalse();

    String data = "{\"id\":\"row-1\",\"lang\":\"vi\",\"title\":\"Giá lúa gạo\",\"text\":\"Giá lúa gạo ổn định.\"}\n"
        + "{\"id\":\"row-2\",\"lang\":\"vi\",\"url\":\"https://example.vn/a\",\"title\":\"Giá cà phê\",\"text\":\"Giá cà phê tăng mạnh.\"}\n";
    ingest.ingest("upload", List.of(new SourceFile("mine.jsonl", data.getBytes(StandardCharsets.UTF_8))));

    JsonNode found = ok("/api/search?q=" + encoded("datasetId:row-2"));
    assertThat(found.get("total").asLong()).isEqualTo(1);
    JsonNode origin = found.get("hits").get(0).get("origin");
    assertThat(origin.get("kind").asString()).isEqualTo("upload");
    assertThat(origin.get("path").asString()).isEqualTo("mine.jsonl");
    assertThat(origin.get("line").asInt()).isEqualTo(2);
    assertThat(origin.get("datasetId").asString()).isEqualTo("row-2");
    assertThat(origin.get("url").asString()).isEqualTo("https://example.vn/a");

    String id = found.get("hits").get(0).get("id").asString();
    assertThat(ok("/api/documents/" + id).get("origin").get("datasetId").asString()).isEqualTo("row-2");
    assertThat(get("/documents/" + id).body()).contains("row-2", "mine.jsonl");
  }
}
