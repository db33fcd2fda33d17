package vn.policykb.opensearch.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plugin as a cluster gets it: the zip unpacked into the node's plugins folder and loaded in
 * its own class loader, with Lucene from OpenSearch (and no analysis-icu on this node).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginZipInstallIT {

  @TempDir(cleanup = CleanupMode.ALWAYS)
  static Path home;

  private DevNode node;
  private OpenSearchHttp http;

  @BeforeAll
  void start() throws IOException {
    Path zip = Path.of(System.getProperty("plugin.zip"));
    assertThat(zip).exists();
    node = DevNode.startInstalling(home, DevNode.freePort(), zip);
    http = new OpenSearchHttp(node.url());
  }

  @AfterAll
  void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void theNodeLoadsThePluginFromItsFolder() throws IOException {
    assertThat(http.get("/_cat/plugins?format=json").findValuesAsString("component"))
        .contains("policykb-analysis")
        .doesNotContain("vn.policykb.opensearch.analysis.PolicyKbAnalysisPlugin",
            "org.opensearch.plugin.analysis.icu.AnalysisICUPlugin");
    assertThat(Files.list(home.resolve("node_1").resolve("plugins").resolve("policykb-analysis")))
        .extracting(path -> path.getFileName().toString())
        .contains("plugin-descriptor.properties");
  }

  @Test
  void theInstalledAnalyzersGiveTheProjectsTokens() throws IOException {
    PluginAnalyzerParityTest.assertSameTokensAsTheProject(http);
  }

  @Test
  void anIndexWithThePluginRecipeFindsTheAccentedNameUnaccented() throws IOException {
    http.put("/installed", PluginIndexSearchTest.indexBody("analysis-plugin.json"));
    http.put("/installed/_doc/1?refresh=true", OpenSearchHttp.object().put("title", "Tổng Bí thư Tô Lâm"));
    ObjectNode query = OpenSearchHttp.object();
    query.putObject("query").putObject("match").put("title.folded", "to lam");
    assertThat(http.post("/installed/_search", query).path("hits").path("total").path("value").asInt()).isEqualTo(1);
  }

  @Test
  void theStockRecipeNeedsAnalysisIcuWhichThisNodeLacks() {
    assertThatThrownBy(() -> http.put("/stock", PluginIndexSearchTest.indexBody("analysis-icu.json")))
        .hasMessageContaining("icu");
  }
}
