package vn.policykb.opensearch;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import vn.policykb.index.IndexSchema;
import vn.policykb.opensearch.node.DevNode;

/**
 * The OpenSearch node the tests of this module share: a development node with the project's
 * plugin, started once for the run (a new one takes half a minute) and stopped when the JVM ends.
 * {@code KB_TEST_OPENSEARCH_URL} (or {@code -Dkb.test.opensearch.url}) names a running node to use
 * instead, with {@code KB_TEST_OPENSEARCH_ANALYSIS=icu} when it has only the stock ICU plugin. A
 * node that cannot start skips the tests, except with {@code CI=true}, where it fails them.
 */
public final class TestNode {

  private static URI url;
  private static String failure;

  private TestNode() {}

  /** Settings for a new index of its own on the node; each test class names its own. */
  public static OpenSearchSettings settings(String name) {
    return new OpenSearchSettings(List.of(url()), name + "-" + Long.toString(System.nanoTime(), 36), null, null,
        analysis());
  }

  public static synchronized URI url() {
    String given = System.getProperty("kb.test.opensearch.url", System.getenv("KB_TEST_OPENSEARCH_URL"));
    if (given != null && !given.isBlank()) {
      return URI.create(given);
    }
    if (url == null && failure == null) {
      start();
    }
    if (failure != null) {
      if ("true".equals(System.getenv("CI"))) {
        fail(failure);
      }
      Assumptions.abort(failure);
    }
    return url;
  }

  private static OpenSearchSettings.Analysis analysis() {
    String analysis = System.getProperty("kb.test.opensearch.analysis", System.getenv("KB_TEST_OPENSEARCH_ANALYSIS"));
    return analysis == null || analysis.isBlank() ? OpenSearchSettings.Analysis.PLUGIN
        : OpenSearchSettings.Analysis.valueOf(analysis.strip().toUpperCase(Locale.ROOT));
  }

  private static void start() {
    try {
      Path home = Files.createTempDirectory("policykb-test-node");
      DevNode node = DevNode.start(home);
      url = node.url();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        node.close();
        delete(home);
      }));
    } catch (IOException | RuntimeException e) {
      failure = "no OpenSearch node for the tests: " + e.getMessage();
    }
  }

  /** Deletes the index behind the alias of these settings. */
  public static void deleteIndex(OpenSearchSettings settings) throws IOException {
    try (OpenSearchConnection connection = OpenSearchConnection.open(settings)) {
      connection.delete("/" + settings.versionedIndex(IndexSchema.VERSION));
    }
  }

  private static void delete(Path home) {
    try (Stream<Path> files = Files.walk(home)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder: the system clears it in the end
    }
  }
}
