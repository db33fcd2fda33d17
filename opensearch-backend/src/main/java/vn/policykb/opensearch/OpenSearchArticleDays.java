package vn.policykb.opensearch;

import java.io.IOException;
import org.apache.lucene.search.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.policykb.index.IndexSchema;
import vn.policykb.search.ArticleDays;

/**
 * The (group, day, language) of the matches from a {@code composite} aggregation, a page of
 * buckets at a time: exact however many articles match, where a cardinality per period would be an
 * estimate, and an article with copies on two days is in both.
 */
public final class OpenSearchArticleDays implements ArticleDays {

  private static final int PAGE = 10_000;

  private final OpenSearchConnection connection;
  private final String index;

  public OpenSearchArticleDays(OpenSearchConnection connection, String index) {
    this.connection = connection;
    this.index = index;
  }

  @Override
  public void forEach(Query query, Visitor visitor) throws IOException {
    JsonNode after = null;
    while (true) {
      ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
      body.put("size", 0);
      body.set("query", QueryDsl.of(query));
      ObjectNode composite = body.putObject("aggs").putObject("days").putObject("composite");
      composite.put("size", PAGE);
      ArrayNode sources = composite.putArray("sources");
      source(sources, "group", IndexSchema.GROUP);
      source(sources, "day", IndexSchema.DATE_DAYS);
      source(sources, "lang", IndexSchema.LANG);
      if (after != null) {
        composite.set("after", after);
      }
      JsonNode days = connection.post("/" + index + "/_search", body).path("aggregations").path("days");
      for (JsonNode bucket : days.path("buckets")) {
        JsonNode key = bucket.path("key");
        JsonNode day = key.path("day");
        JsonNode lang = key.path("lang");
        visitor.accept(key.path("group").asString(), day.isNull() || day.isMissingNode() ? null : day.asLong(),
            lang.isNull() || lang.isMissingNode() ? null : lang.asString());
      }
      if (days.path("buckets").size() < PAGE || !days.has("after_key")) {
        return;
      }
      after = days.path("after_key");
    }
  }

  private static void source(ArrayNode sources, String name, String field) {
    sources.addObject().putObject(name).putObject("terms").put("field", IndexFields.name(field)).put("missing_bucket", true);
  }
}
