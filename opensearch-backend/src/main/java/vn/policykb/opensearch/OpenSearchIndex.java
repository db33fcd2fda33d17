package vn.policykb.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.policykb.index.IndexSchema;

/**
 * The application's index on the cluster: an alias {@code NAME} over the index {@code NAME-v<schema
 * version>}, made at start when it is missing. An existing index of another schema version is not
 * touched: the application refuses to start on it, saying so, since its documents lack fields
 * this version reads.
 */
public final class OpenSearchIndex {

  private static final Logger log = LoggerFactory.getLogger(OpenSearchIndex.class);
  /** Where the mapping records the schema version. */
  static final String META_VERSION = "schemaVersion";

  private OpenSearchIndex() {}

  /** Makes sure the alias of the settings names an index of this schema version; returns the alias. */
  public static String ensure(OpenSearchConnection connection, OpenSearchSettings settings) throws IOException {
    String alias = settings.index();
    if (connection.exists("/" + alias)) {
      JsonNode mappings = connection.get("/" + alias + "/_mapping");
      for (Map.Entry<String, JsonNode> index : mappings.properties()) {
        String version = index.getValue().path("mappings").path("_meta").path(META_VERSION).asString("none");
        if (!IndexSchema.VERSION.equals(version)) {
          throw new IllegalStateException("the OpenSearch index " + index.getKey() + " (kb.opensearch.index=" + alias
              + " on " + connection.description() + ") has schema version " + version + ", this application writes "
              + IndexSchema.VERSION + ": point kb.opensearch.index at a new name and run reindex into it,"
              + " or delete the old index");
        }
      }
      return alias;
    }
    String concrete = settings.versionedIndex(IndexSchema.VERSION);
    connection.put("/" + concrete, definition(settings));
    log.info("created the OpenSearch index {} (alias {}) on {}, {} analysis", concrete, alias,
        connection.description(), settings.analysis().name().toLowerCase(java.util.Locale.ROOT));
    return alias;
  }

  /** Settings, mappings and the alias of a new index. */
  static ObjectNode definition(OpenSearchSettings settings) {
    ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
    ObjectNode index = body.putObject("settings").putObject("index");
    // the embedded index's similarity, so that both backends rank alike
    index.putObject("similarity").putObject("default").put("type", "BM25")
        .put("k1", IndexSchema.BM25_K1).put("b", IndexSchema.BM25_B);
    index.set("analysis", analysis(settings.analysis()));
    ObjectNode mappings = body.putObject("mappings");
    mappings.put("dynamic", "strict");
    mappings.putObject("_meta").put(META_VERSION, IndexSchema.VERSION);
    mappings.set("properties", IndexFields.properties());
    body.putObject("aliases").putObject(settings.index());
    return body;
  }

  /**
   * The analysis section of the index settings, as the plugin module ships it: the plugin's four
   * analyzers, or the stock-ICU recipe under the same names.
   */
  static JsonNode analysis(OpenSearchSettings.Analysis analysis) {
    String resource = analysis == OpenSearchSettings.Analysis.ICU ? "analysis-icu.json" : "analysis-plugin.json";
    try (InputStream in = OpenSearchIndex.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " on the classpath: the opensearch-plugin module is missing");
      }
      return OpenSearchConnection.JSON.readTree(in).path("analysis");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
