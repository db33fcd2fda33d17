package vn.policykb.opensearch.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** The forked node is the OpenSearch release the plugin is built for, with both analysis plugins. */
@ExtendWith(SharedDevNode.class)
class DevNodeTest {

  @Test
  void servesOpenSearch380OnLucene1050OnLoopback(OpenSearchHttp http) throws IOException {
    JsonNode root = http.get("/");
    assertThat(root.path("cluster_name").asString()).isEqualTo(DevNodeServer.CLUSTER_NAME);
    assertThat(root.path("version").path("number").asString()).isEqualTo("3.8.0");
    assertThat(root.path("version").path("lucene_version").asString()).isEqualTo("10.5.0");
    assertThat(http.base().getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void loadsTheProjectsPluginAndAnalysisIcu(OpenSearchHttp http) throws IOException {
    JsonNode plugins = http.get("/_cat/plugins?format=json");
    assertThat(plugins.findValuesAsString("component"))
        .contains("vn.policykb.opensearch.analysis.PolicyKbAnalysisPlugin",
            "org.opensearch.plugin.analysis.icu.AnalysisICUPlugin",
            "org.opensearch.analysis.common.CommonAnalysisModulePlugin");
  }
}
