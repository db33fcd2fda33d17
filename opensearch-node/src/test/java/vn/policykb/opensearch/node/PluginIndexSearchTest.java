package vn.policykb.opensearch.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An index made with either analysis recipe, the plugin's or the stock ICU fallback, under the
 * same analyzer names: a reader's unaccented or other-tone-style query finds the article.
 */
@ExtendWith(SharedDevNode.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginIndexSearchTest {

  private static final String[] RECIPES = {"analysis-plugin.json", "analysis-icu.json"};

  @BeforeAll
  void createIndices(OpenSearchHttp http) throws IOException {
    for (String recipe : RECIPES) {
      String index = indexName(recipe);
      http.deleteIfPresent(index);
      http.put("/" + index, indexBody(recipe));
      http.put("/" + index + "/_doc/to-lam?refresh=true", doc("Tổng Bí thư Tô Lâm tiếp đoàn đại biểu"));
      http.put("/" + index + "/_doc/hoa?refresh=true", doc("Hòa giải ở cơ sở"));
      http.put("/" + index + "/_doc/to-an?refresh=true", doc("Tờ an ninh tổ dân phố"));
    }
  }

  @AfterAll
  void dropIndices(OpenSearchHttp http) throws IOException {
    for (String recipe : RECIPES) {
      http.deleteIfPresent(indexName(recipe));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"analysis-plugin.json", "analysis-icu.json"})
  void anUnaccentedQueryFindsTheAccentedName(String recipe, OpenSearchHttp http) throws IOException {
    assertThat(ids(http, recipe, "title.folded", "to lam")).first().isEqualTo("to-lam");
    assertThat(ids(http, recipe, "title", "to lam")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"analysis-plugin.json", "analysis-icu.json"})
  void theOldTonePlacementFindsTheNewOneInTheExactField(String recipe, OpenSearchHttp http) throws IOException {
    assertThat(ids(http, recipe, "title", "hoà")).containsExactly("hoa");
  }

  @ParameterizedTest
  @ValueSource(strings = {"analysis-plugin.json", "analysis-icu.json"})
  void syllablePairsRankTheNameAboveScatteredSyllables(String recipe, OpenSearchHttp http) throws IOException {
    assertThat(ids(http, recipe, "title.bigrams", "to lam")).containsExactly("to-lam");
  }

  private static List<String> ids(OpenSearchHttp http, String recipe, String field, String query) throws IOException {
    ObjectNode body = OpenSearchHttp.object();
    body.putObject("query").putObject("match").put(field, query);
    JsonNode response = http.post("/" + indexName(recipe) + "/_search", body);
    List<String> ids = new ArrayList<>();
    response.path("hits").path("hits").forEach(hit -> ids.add(hit.path("_id").asString()));
    return ids;
  }

  private static String indexName(String recipe) {
    return "search-" + recipe.replace(".json", "");
  }

  private static ObjectNode doc(String title) {
    return OpenSearchHttp.object().put("title", title);
  }

  /** The recipe's analysis section, one shard, and a title with the schema's three analyses. */
  static ObjectNode indexBody(String recipe) throws IOException {
    ObjectNode body = OpenSearchHttp.object();
    ObjectNode settings = body.putObject("settings");
    settings.put("number_of_shards", 1).put("number_of_replicas", 0);
    try (InputStream in = PluginIndexSearchTest.class.getResourceAsStream("/vn/policykb/opensearch/" + recipe)) {
      settings.set("analysis", OpenSearchHttp.JSON.readTree(in).path("analysis"));
    }
    ObjectNode title = body.putObject("mappings").putObject("properties").putObject("title");
    title.put("type", "text").put("analyzer", "policykb_exact");
    ObjectNode fields = title.putObject("fields");
    fields.putObject("folded").put("type", "text").put("analyzer", "policykb_folded");
    fields.putObject("bigrams").put("type", "text").put("analyzer", "policykb_bigrams");
    fields.putObject("en").put("type", "text").put("analyzer", "policykb_english");
    return body;
  }
}
