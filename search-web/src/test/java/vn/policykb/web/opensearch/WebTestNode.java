package vn.policykb.web.opensearch;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.policykb.opensearch.node.DevNode;

/**
 * The OpenSearch node the application tests of this module share: a development node with the
 * project's plugin, started on first use and stopped when the JVM ends, or the node of
 * {@code KB_TEST_OPENSEARCH_URL}. Each test class gets an index of its own. Without a node that can
 * start, the tests are skipped, except with {@code CI=true}, where they fail.
 */
public final class WebTestNode {

  private static String url;
  private static String failure;

  private WebTestNode() {}

  /** Points the application at a new index on the node: {@code kb.backend=opensearch} and its keys. */
  public static void register(DynamicPropertyRegistry registry, String indexPrefix) {
    String node = url();
    String index = indexPrefix + "-" + Long.toString(System.nanoTime(), 36);
    registry.add("kb.backend", () -> "opensearch");
    registry.add("kb.opensearch.urls", () -> node);
    registry.add("kb.opensearch.index", () -> index);
    registry.add("kb.opensearch.analysis", () -> System.getenv().getOrDefault("KB_TEST_OPENSEARCH_ANALYSIS", "plugin"));
  }

  private static synchronized String url() {
    String given = System.getenv("KB_TEST_OPENSEARCH_URL");
    if (given != null && !given.isBlank()) {
      return given;
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

  private static void start() {
    try {
      Path home = Files.createTempDirectory("policykb-web-node");
      DevNode node = DevNode.start(home);
      url = node.url().toString();
      Runtime.getRuntime().addShutdownHook(new Thread(node::close));
    } catch (IOException | RuntimeException e) {
      failure = "no OpenSearch node for the test: " + e.getMessage();
    }
  }
}
