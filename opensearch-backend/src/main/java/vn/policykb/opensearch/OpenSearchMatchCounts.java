package vn.policykb.opensearch;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.policykb.search.MatchCounts;

/**
 * Counts on the cluster: a batch is one {@code _msearch}, each query in its DSL ({@link QueryDsl})
 * with no hits and an exact total.
 */
public final class OpenSearchMatchCounts implements MatchCounts {

  private final OpenSearchConnection connection;
  private final String index;

  public OpenSearchMatchCounts(OpenSearchConnection connection, String index) {
    this.connection = connection;
    this.index = index;
  }

  @Override
  public long[] count(List<Query> queries) throws IOException {
    if (queries.isEmpty()) {
      return new long[0];
    }
    StringBuilder lines = new StringBuilder();
    for (Query query : queries) {
      ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
      body.put("size", 0).put("track_total_hits", true).set("query", QueryDsl.of(query));
      lines.append("{}\n").append(OpenSearchConnection.JSON.writeValueAsString(body)).append('\n');
    }
    JsonNode responses = connection.lines("/" + index + "/_msearch", lines.toString()).path("responses");
    long[] counts = new long[queries.size()];
    for (int i = 0; i < counts.length; i++) {
      JsonNode response = responses.path(i);
      if (response.has("error") || response.isMissingNode()) {
        throw new OpenSearchException("POST /" + index + "/_msearch: count " + (i + 1) + " of " + counts.length
            + " failed: " + response.path("error").path("reason").asString("no answer"),
            response.path("status").asInt(500));
      }
      counts[i] = response.path("hits").path("total").path("value").asLong();
    }
    return counts;
  }
}
