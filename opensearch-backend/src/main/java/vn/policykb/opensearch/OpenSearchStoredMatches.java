package vn.policykb.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.policykb.index.IndexSchema;
import vn.policykb.index.StoredMatches;

/** {@link StoredMatches} of an OpenSearch index: the query translated ({@link QueryDsl}), the values from {@code _source}. */
public final class OpenSearchStoredMatches implements StoredMatches {

  /** A search returns this many hits at most (the index's max_result_window). */
  static final int RESULT_WINDOW = 10_000;
  private static final int PAGE = 1_000;

  private final OpenSearchConnection connection;
  private final String index;

  public OpenSearchStoredMatches(OpenSearchConnection connection, String index) {
    this.connection = connection;
    this.index = index;
  }

  @Override
  public List<Document> best(Query query, int max, Set<String> fields) throws IOException {
    return read(query, max, false, fields);
  }

  @Override
  public List<Document> newest(Query query, int max, Set<String> fields) throws IOException {
    return read(query, max, true, fields);
  }

  @Override
  public long docFreq(String field, String value) throws IOException {
    ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
    body.putObject("query").putObject("term").put(IndexFields.name(field), value);
    return connection.post("/" + index + "/_count", body).path("count").asLong();
  }

  @Override
  public long count() throws IOException {
    return connection.get("/" + index + "/_count").path("count").asLong();
  }

  /** A page at a time in id order, the documents whose link is set. */
  @Override
  public Map<String, String> translations() throws IOException {
    Map<String, String> links = new HashMap<>();
    String id = IndexFields.name(IndexSchema.ID);
    String translation = IndexFields.name(IndexSchema.TRANSLATION);
    JsonNode after = null;
    while (true) {
      ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
      body.put("size", PAGE);
      body.putArray("_source").add(id).add(translation);
      ObjectNode bool = body.putObject("query").putObject("bool");
      bool.putArray("filter").addObject().putObject("exists").put("field", translation);
      bool.putArray("must_not").addObject().putObject("term").put(translation, "");
      body.putArray("sort").addObject().putObject(id).put("order", "asc");
      if (after != null) {
        body.set("search_after", after);
      }
      JsonNode hits = connection.post("/" + index + "/_search", body).path("hits").path("hits");
      for (JsonNode hit : hits) {
        links.put(hit.path("_source").path(id).asString(), hit.path("_source").path(translation).asString());
      }
      if (hits.size() < PAGE) {
        return links;
      }
      after = hits.get(hits.size() - 1).path("sort");
    }
  }

  private List<Document> read(Query query, int max, boolean newest, Set<String> fields) throws IOException {
    ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
    body.set("query", QueryDsl.of(query));
    body.put("size", Math.min(max, RESULT_WINDOW));
    ArrayNode source = body.putArray("_source");
    fields.forEach(f -> source.add(IndexFields.name(f)));
    if (newest) {
      body.putArray("sort").addObject().putObject(IndexFields.name(IndexSchema.DATE_DAYS))
          .put("order", "desc").put("missing", "_last");
    }
    List<Document> docs = new ArrayList<>();
    for (JsonNode hit : connection.post("/" + index + "/_search", body).path("hits").path("hits")) {
      docs.add(SourceDocuments.fromSource(hit.path("_source")));
    }
    return docs;
  }
}
