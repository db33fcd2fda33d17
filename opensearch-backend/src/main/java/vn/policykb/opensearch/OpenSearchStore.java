package vn.policykb.opensearch;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.lucene.document.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.policykb.index.IndexSchema;
import vn.policykb.index.StoredMatches;
import vn.policykb.ingest.dedup.TextSignature;
import vn.policykb.ingest.index.IndexStore;

/**
 * The index kept on an OpenSearch cluster, as the pipeline writes it: documents are sent in
 * {@code _bulk} requests (when enough are waiting, and at every commit), a translation link is a
 * partial update, and a commit refreshes the index so that lookups and searches see what was
 * written. A bulk request the cluster answers with a failed item fails the commit: the pipeline's
 * sources mark documents done only after a commit, so a document is never lost silently.
 */
public final class OpenSearchStore implements IndexStore {

  /** Documents waiting before a bulk request is sent. */
  static final int BULK_DOCUMENTS = 500;
  /** Bytes waiting before a bulk request is sent. */
  static final int BULK_BYTES = 8 << 20;
  /** Documents read per request when every document is read. */
  private static final int PAGE = 500;

  private final OpenSearchConnection connection;
  private final String index;
  private final StringBuilder pending = new StringBuilder();
  private int pendingActions;
  /** Actions of the bulk request being sent, for the message when it fails. */
  private int sending;
  private boolean closed;
  /** Whether anything was written since the last commit: a commit of nothing asks the cluster nothing. */
  private boolean written;

  public OpenSearchStore(OpenSearchConnection connection, String index) {
    this.connection = connection;
    this.index = index;
  }

  /** Connects, and makes the index when it is missing (or refuses one of another schema version). */
  public static OpenSearchStore open(OpenSearchSettings settings) throws IOException {
    OpenSearchConnection connection = OpenSearchConnection.open(settings);
    try {
      return new OpenSearchStore(connection, OpenSearchIndex.ensure(connection, settings));
    } catch (IOException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public StoredMatches matches() {
    return new OpenSearchStoredMatches(connection, index);
  }

  public OpenSearchConnection connection() {
    return connection;
  }

  public String index() {
    return index;
  }

  @Override
  public String location() {
    return connection.description() + " index " + index;
  }

  @Override
  public String storedValue(String id, String field) throws IOException {
    String name = IndexFields.name(field);
    try {
      JsonNode doc = connection.get("/" + index + "/_doc/" + encode(id) + "?_source_includes=" + name);
      JsonNode value = doc.path("_source").path(name);
      if (value.isArray()) {
        value = value.path(0);
      }
      return value.isMissingNode() || value.isNull() ? null : value.asString();
    } catch (OpenSearchException e) {
      if (e.status() == 404) {
        return null;
      }
      throw e;
    }
  }

  @Override
  public List<String> originalsWithText(String textHash) throws IOException {
    ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
    body.put("size", 2);
    body.putArray("_source").add(IndexFields.name(IndexSchema.ID));
    ObjectNode bool = body.putObject("query").putObject("bool");
    bool.putArray("filter").addObject().putObject("term").put(IndexFields.name(IndexSchema.TEXT_HASH), textHash);
    bool.putArray("must_not").addObject().putObject("term").put(IndexFields.name(IndexSchema.DUPLICATE), "true");
    List<String> ids = new ArrayList<>(2);
    for (JsonNode hit : search(body)) {
      ids.add(hit.path("_source").path(IndexFields.name(IndexSchema.ID)).asString());
    }
    return ids;
  }

  @Override
  public List<Candidate> nearCandidates(List<String> bands, int max) throws IOException {
    if (bands.isEmpty()) {
      return List.of();
    }
    ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
    body.put("size", Math.min(max, 10_000));
    ArrayNode fields = body.putArray("_source");
    fields.add(IndexFields.name(IndexSchema.ID)).add(IndexFields.name(IndexSchema.GROUP))
        .add(IndexFields.name(IndexSchema.NEAR_SIGNATURE));
    ArrayNode should = body.putObject("query").putObject("bool").putArray("should");
    for (String band : bands) {
      // one point per band shared: the likeliest copies first
      should.addObject().putObject("constant_score").put("boost", 1.0f)
          .putObject("filter").putObject("term").put(IndexFields.name(IndexSchema.NEAR_BANDS), band);
    }
    List<Candidate> candidates = new ArrayList<>();
    for (JsonNode hit : search(body)) {
      JsonNode source = hit.path("_source");
      String signature = source.path(IndexFields.name(IndexSchema.NEAR_SIGNATURE)).asString("");
      if (signature.isEmpty()) {
        continue;
      }
      String id = source.path(IndexFields.name(IndexSchema.ID)).asString();
      String group = source.path(IndexFields.name(IndexSchema.GROUP)).asString(id);
      byte[] bytes = Base64.getDecoder().decode(signature);
      candidates.add(new Candidate(id, group, TextSignature.fromBytes(bytes, 0, bytes.length)));
    }
    return candidates;
  }

  private JsonNode search(ObjectNode body) throws IOException {
    return connection.post("/" + index + "/_search", body).path("hits").path("hits");
  }

  @Override
  public void write(String id, Document document) throws IOException {
    ObjectNode action = OpenSearchConnection.JSON.createObjectNode();
    action.putObject("index").put("_id", id);
    add(action, SourceDocuments.toSource(document));
  }

  @Override
  public void setTranslation(String id, String translation) throws IOException {
    ObjectNode action = OpenSearchConnection.JSON.createObjectNode();
    action.putObject("update").put("_id", id).put("retry_on_conflict", 3);
    ObjectNode update = OpenSearchConnection.JSON.createObjectNode();
    update.putObject("doc").put(IndexFields.name(IndexSchema.TRANSLATION), translation);
    add(action, update);
  }

  private void add(ObjectNode action, ObjectNode source) throws IOException {
    String lines = OpenSearchConnection.JSON.writeValueAsString(action) + "\n"
        + OpenSearchConnection.JSON.writeValueAsString(source) + "\n";
    String ready = null;
    synchronized (this) {
      // appended in the order of the calls: two versions of one id land in the order written
      pending.append(lines);
      pendingActions++;
      written = true;
      if (pendingActions >= BULK_DOCUMENTS || pending.length() >= BULK_BYTES) {
        ready = take();
      }
    }
    if (ready != null) {
      send(ready);
    }
  }

  private String take() {
    String lines = pending.toString();
    sending = pendingActions;
    pending.setLength(0);
    pendingActions = 0;
    return lines;
  }

  /** Sends one bulk request; a failed item fails it, with the item's id and reason. */
  private synchronized void send(String lines) throws IOException {
    if (lines.isEmpty()) {
      return;
    }
    JsonNode answer;
    try {
      answer = connection.lines("/" + index + "/_bulk", lines);
    } catch (OpenSearchException e) {
      // nothing of the batch was committed: the sources write it again on their next run
      throw new OpenSearchException(sending + " writes were not made to " + location() + ", none of them committed;"
          + " run again to make them: " + e.getMessage(), e);
    }
    if (answer.path("errors").asBoolean(false)) {
      List<String> failures = new ArrayList<>();
      for (JsonNode item : answer.path("items")) {
        JsonNode result = item.properties().iterator().next().getValue();
        if (result.has("error")) {
          failures.add(result.path("_id").asString() + ": " + result.path("error").path("type").asString()
              + ": " + result.path("error").path("reason").asString());
        }
      }
      throw new OpenSearchException(failures.size() + " documents were not written to " + location() + ": "
          + String.join("; ", failures.subList(0, Math.min(5, failures.size()))), 0);
    }
  }

  @Override
  public void commit() throws IOException {
    String lines;
    synchronized (this) {
      if (!written) {
        return;
      }
      written = false;
      lines = take();
    }
    send(lines);
    connection.post("/" + index + "/_refresh", null);
  }

  /** A page at a time, in id order ({@code search_after}): no scroll context is held open. */
  @Override
  public void forEachDocument(DocumentConsumer each) throws IOException {
    JsonNode after = null;
    while (true) {
      ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
      body.put("size", PAGE);
      body.putObject("query").putObject("match_all");
      body.putArray("sort").addObject().putObject(IndexFields.name(IndexSchema.ID)).put("order", "asc");
      if (after != null) {
        body.set("search_after", after);
      }
      JsonNode hits = search(body);
      for (JsonNode hit : hits) {
        each.accept(SourceDocuments.fromSource(hit.path("_source")));
      }
      if (hits.size() < PAGE) {
        return;
      }
      after = hits.get(hits.size() - 1).path("sort");
    }
  }

  @Override
  public int count() throws IOException {
    return connection.get("/" + index + "/_count").path("count").asInt();
  }

  /** Commits what waits and closes the connection; closing again does nothing. */
  @Override
  public void close() throws IOException {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    try (connection) {
      commit();
    }
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
