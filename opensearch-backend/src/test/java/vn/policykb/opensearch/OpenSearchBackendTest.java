package vn.policykb.opensearch;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import vn.policykb.index.IndexSchema;
import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.search.ArticleSearch;
import vn.policykb.search.DocumentLookup;

/**
 * The contract on an OpenSearch node: the one at {@code kb.test.opensearch.url} (a system property
 * or the environment's {@code KB_TEST_OPENSEARCH_URL}), in a fresh index that is deleted after.
 * Without a node the test is skipped, except with {@code CI=true}, where that fails.
 */
class OpenSearchBackendTest extends BackendContract {

  private OpenSearchSettings settings;
  private OpenSearchStore store;

  @Override
  DocumentIndex openIndex() throws Exception {
    String url = System.getProperty("kb.test.opensearch.url", System.getenv("KB_TEST_OPENSEARCH_URL"));
    if (url == null || url.isBlank()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("no OpenSearch node for the contract suite: set KB_TEST_OPENSEARCH_URL");
      }
      Assumptions.abort("no OpenSearch node: KB_TEST_OPENSEARCH_URL is not set");
    }
    String analysis = System.getProperty("kb.test.opensearch.analysis",
        System.getenv().getOrDefault("KB_TEST_OPENSEARCH_ANALYSIS", "plugin"));
    settings = new OpenSearchSettings(List.of(java.net.URI.create(url)),
        "contract-" + Long.toString(System.nanoTime(), 36), null, null,
        OpenSearchSettings.Analysis.valueOf(analysis.toUpperCase(Locale.ROOT)));
    store = OpenSearchStore.open(settings);
    return DocumentIndex.on(store);
  }

  @Override
  ArticleSearch search(DocumentIndex index) {
    return new OpenSearchSearch(store.connection(), store.index(), TestCorpus.KB);
  }

  @Override
  DocumentLookup documents(DocumentIndex index) {
    return new OpenSearchDocuments(store.connection(), store.index());
  }

  @Override
  void dispose() throws Exception {
    if (store != null) {
      try (OpenSearchConnection connection = OpenSearchConnection.open(settings)) {
        connection.delete("/" + settings.versionedIndex(IndexSchema.VERSION));
      }
    }
  }
}
