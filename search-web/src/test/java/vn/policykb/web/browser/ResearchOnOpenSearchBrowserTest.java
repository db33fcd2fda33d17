package vn.policykb.web.browser;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.policykb.web.opensearch.WebTestNode;

/** Typeahead, the timeline and quote provenance in a real headless Chromium, the application on the OpenSearch backend. */
class ResearchOnOpenSearchBrowserTest extends ResearchBrowserTest {

  @DynamicPropertySource
  static void openSearch(DynamicPropertyRegistry registry) {
    WebTestNode.register(registry, "browser-research");
  }
}
