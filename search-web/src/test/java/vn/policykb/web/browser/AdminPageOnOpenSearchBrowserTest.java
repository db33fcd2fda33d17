package vn.policykb.web.browser;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.policykb.web.opensearch.WebTestNode;

/**
 * The admin page in a real headless Chromium, the application on the OpenSearch backend: a file
 * uploaded through the form is ingested into the cluster and reported.
 */
class AdminPageOnOpenSearchBrowserTest extends AdminPageBrowserTest {

  @DynamicPropertySource
  static void openSearch(DynamicPropertyRegistry registry) {
    WebTestNode.register(registry, "browser-admin");
  }
}
