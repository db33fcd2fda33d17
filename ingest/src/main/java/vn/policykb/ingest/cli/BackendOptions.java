package vn.policykb.ingest.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;
import vn.policykb.ingest.index.IndexStore;
import vn.policykb.ingest.index.IndexStores;

/**
 * The keys that choose the index, the same as the web app's: {@code --kb.backend=lucene|opensearch}
 * and {@code --kb.opensearch.*}. A key not given on the command line is read from a system property
 * of its name, then from the environment ({@code KB_OPENSEARCH_PASSWORD}), as the web app reads it.
 */
final class BackendOptions {

  private final Map<String, String> given = new TreeMap<>();

  @Option(names = "--kb.backend", paramLabel = "NAME",
      description = "where the index is: lucene (the embedded index under --data-dir, the default) or opensearch")
  void backend(String value) {
    given.put("kb.backend", value);
  }

  @Option(names = "--kb.opensearch.urls", paramLabel = "URL[,URL...]", description = "the OpenSearch nodes, http://host:9200")
  void urls(String value) {
    given.put("kb.opensearch.urls", value);
  }

  @Option(names = "--kb.opensearch.index", paramLabel = "NAME", description = "the index (an alias) on OpenSearch (default: policykb)")
  void index(String value) {
    given.put("kb.opensearch.index", value);
  }

  @Option(names = "--kb.opensearch.username", paramLabel = "USER", description = "the OpenSearch user, if the cluster asks for one")
  void username(String value) {
    given.put("kb.opensearch.username", value);
  }

  @Option(names = "--kb.opensearch.password", paramLabel = "PASSWORD",
      description = "the user's password; better given as the environment's KB_OPENSEARCH_PASSWORD")
  void password(String value) {
    given.put("kb.opensearch.password", value);
  }

  @Option(names = "--kb.opensearch.analysis", paramLabel = "plugin|icu",
      description = "the analyzers a new OpenSearch index is made with: the project's plugin (default) or stock ICU")
  void analysis(String value) {
    given.put("kb.opensearch.analysis", value);
  }

  String property(String key) {
    String value = given.get(key);
    if (value == null) {
      value = System.getProperty(key);
    }
    if (value == null) {
      value = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
    }
    return value;
  }

  /** The keys with one changed: the other backend of a copy. */
  BackendOptions with(String key, String value) {
    BackendOptions other = new BackendOptions();
    other.given.putAll(given);
    other.given.put(key, value);
    return other;
  }

  String backend() {
    return IndexStores.backend(this::property);
  }

  boolean embedded() {
    return IndexStores.LUCENE.equals(backend());
  }

  IndexStore open(Path dataDir) throws IOException {
    return IndexStores.open(this::property, dataDir);
  }
}
