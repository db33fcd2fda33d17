package vn.policykb.opensearch;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where the index is kept on an OpenSearch cluster: the keys {@code kb.opensearch.*}, the same for
 * the web app and the ingest command line.
 *
 * @param urls the nodes, {@code http://host:9200}
 * @param index the alias the application reads and writes; the index behind it is
 *     {@code NAME-v<schema version>}
 * @param analysis which analysis the index is created with
 */
public record OpenSearchSettings(List<URI> urls, String index, String username, String password, Analysis analysis) {

  public static final String DEFAULT_INDEX = "policykb";

  /** The analyzers of the index: the project's plugin, or the stock ICU plugin under the same names. */
  public enum Analysis {
    PLUGIN, ICU;

    static Analysis parse(String value) {
      try {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("kb.opensearch.analysis must be plugin or icu, was " + value);
      }
    }
  }

  public OpenSearchSettings {
    if (urls == null || urls.isEmpty()) {
      throw new IllegalArgumentException("kb.opensearch.urls is missing: give http://host:9200[,...]");
    }
    urls = List.copyOf(urls);
    if (index == null || index.isBlank()) {
      index = DEFAULT_INDEX;
    }
    if (!index.equals(index.toLowerCase(Locale.ROOT)) || index.startsWith("_") || index.contains(",")) {
      throw new IllegalArgumentException("kb.opensearch.index must be a lower-case index name, was " + index);
    }
    if (analysis == null) {
      analysis = Analysis.PLUGIN;
    }
  }

  /** The settings from configuration keys ({@code kb.opensearch.urls}...): null values where a key is not set. */
  public static OpenSearchSettings from(Function<String, String> property) {
    String urls = property.apply("kb.opensearch.urls");
    List<URI> parsed = urls == null ? List.of() : Arrays.stream(urls.split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).map(OpenSearchSettings::url).toList();
    String analysis = property.apply("kb.opensearch.analysis");
    return new OpenSearchSettings(parsed, property.apply("kb.opensearch.index"),
        property.apply("kb.opensearch.username"), property.apply("kb.opensearch.password"),
        analysis == null || analysis.isBlank() ? Analysis.PLUGIN : Analysis.parse(analysis));
  }

  private static URI url(String value) {
    URI uri = URI.create(value);
    if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      throw new IllegalArgumentException("kb.opensearch.urls: not an http(s) address: " + value);
    }
    return uri;
  }

  /** The name of the concrete index the alias points to. */
  public String versionedIndex(String schemaVersion) {
    return index + "-v" + schemaVersion;
  }

  @Override
  public String toString() {
    // the password is never printed
    return "OpenSearchSettings[urls=" + urls + ", index=" + index + ", username=" + username + ", analysis=" + analysis + "]";
  }
}
