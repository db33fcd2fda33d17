package vn.policykb.eval;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.policykb.index.IndexSchema;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.opensearch.OpenSearchConnection;
import vn.policykb.opensearch.OpenSearchSearch;
import vn.policykb.opensearch.OpenSearchSettings;
import vn.policykb.opensearch.OpenSearchStore;
import vn.policykb.search.ArticleSearch;
import vn.policykb.search.DocumentSearcher;
import vn.policykb.search.SearchHit;
import vn.policykb.search.SearchRequest;

/**
 * The search a reader gets from the web app ({@link ArticleSearch#search}: one hit per group of
 * copies), on either backend, so that the two can be compared on the same questions. On OpenSearch
 * the corpus goes into an index of its own, deleted on close.
 */
public final class BackendRetriever implements Retriever {

  private final String name;
  private final DocumentIndex index;
  private final ArticleSearch search;
  private final OpenSearchSettings dropOnClose;

  private BackendRetriever(String name, DocumentIndex index, ArticleSearch search, OpenSearchSettings dropOnClose) {
    this.name = name;
    this.index = index;
    this.search = search;
    this.dropOnClose = dropOnClose;
  }

  /** The embedded index in {@code dataDir}. */
  public static BackendRetriever lucene(Path dataDir) throws IOException {
    DocumentIndex index = DocumentIndex.open(dataDir);
    return new BackendRetriever("search API, lucene", index, new DocumentSearcher(index, KnowledgeBase.loadBundled()), null);
  }

  /** A new index on the node at {@code url}, with the project's analysis plugin. */
  public static BackendRetriever openSearch(URI url) throws IOException {
    OpenSearchSettings settings = new OpenSearchSettings(List.of(url),
        "policykb-eval-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT), null, null,
        OpenSearchSettings.Analysis.PLUGIN);
    OpenSearchStore store = OpenSearchStore.open(settings);
    DocumentIndex index = DocumentIndex.on(store);
    return new BackendRetriever("search API, opensearch", index,
        new OpenSearchSearch(store.connection(), store.index(), KnowledgeBase.loadBundled()), settings);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void index(List<EvalDocument> documents) throws IOException {
    KnowledgeBaseRetriever.write(index, documents);
  }

  @Override
  public List<String> search(String query, int k) throws IOException {
    return search.search(new SearchRequest(query, 1, k)).hits().stream().map(SearchHit::id).toList();
  }

  @Override
  public void close() throws IOException {
    index.close();
    if (dropOnClose != null) {
      try (OpenSearchConnection connection = OpenSearchConnection.open(dropOnClose)) {
        connection.delete("/" + dropOnClose.versionedIndex(IndexSchema.VERSION));
      }
    }
  }
}
