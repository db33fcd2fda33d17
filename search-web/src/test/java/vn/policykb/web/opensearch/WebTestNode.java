package vn.policykb.web.opensearch;

import java.util.Locale;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.policykb.opensearch.OpenSearchSettings;
import vn.policykb.opensearch.TestNode;

/**
 * The application tests of this module on OpenSearch: the node of {@link TestNode} (a development
 * node started on first use, or the one {@code KB_TEST_OPENSEARCH_URL} names), an index of its own
 * for each test class.
 */
public final class WebTestNode {

  private WebTestNode() {}

  /** Points the application at a new index on the node: {@code kb.backend=opensearch} and its keys. */
  public static void register(DynamicPropertyRegistry registry, String indexPrefix) {
    OpenSearchSettings settings = TestNode.settings(indexPrefix);
    registry.add("kb.backend", () -> "opensearch");
    registry.add("kb.opensearch.urls", () -> settings.urls().getFirst().toString());
    registry.add("kb.opensearch.index", settings::index);
    registry.add("kb.opensearch.analysis", () -> settings.analysis().name().toLowerCase(Locale.ROOT));
  }
}
