package vn.policykb.web.browser;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.policykb.web.opensearch.WebTestNode;

/** The search page in a real headless Chromium, the application on the OpenSearch backend. */
class SearchPageOnOpenSearchBrowserTest extends SearchPageBrowserTest {

  @DynamicPropertySource
  static void openSearch(DynamicPropertyRegistry registry) {
    WebTestNode.register(registry, "browser-search");
  }
}
