package vn.policykb.web.browser;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.policykb.web.opensearch.WebTestNode;

/** The document, quote, resolution and person pages in a real headless Chromium, the application on the OpenSearch backend. */
class KnowledgeBasePagesOnOpenSearchBrowserTest extends KnowledgeBasePagesBrowserTest {

  @DynamicPropertySource
  static void openSearch(DynamicPropertyRegistry registry) {
    WebTestNode.register(registry, "browser-pages");
  }
}
