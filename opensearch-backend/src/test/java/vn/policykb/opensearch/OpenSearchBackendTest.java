package vn.policykb.opensearch;

import vn.policykb.ingest.TestCorpus;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.search.ArticleSearch;
import vn.policykb.search.DocumentLookup;
import vn.policykb.search.QuoteOrigins;
import vn.policykb.search.Suggester;
import vn.policykb.search.SuggestionSource;
import vn.policykb.search.ThemeFinder;
import vn.policykb.search.ThemeSource;
import vn.policykb.search.Timeline;
import vn.policykb.search.Timelines;
import vn.policykb.search.QuoteProvenance;
import vn.policykb.search.QuoteSearch;
import vn.policykb.search.QuoteSearcher;

/** The contract on an OpenSearch node ({@link TestNode}), in a fresh index that is deleted after. */
class OpenSearchBackendTest extends BackendContract {

  private OpenSearchSettings settings;
  private OpenSearchStore store;

  @Override
  DocumentIndex openIndex() throws Exception {
    settings = TestNode.settings("contract");
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
  QuoteSearch quotes(DocumentIndex index) {
    return new QuoteSearcher(new OpenSearchStoredMatches(store.connection(), store.index()), index.analyzer(), TestCorpus.KB);
  }

  @Override
  QuoteOrigins origins(DocumentIndex index) {
    return new QuoteProvenance(new OpenSearchStoredMatches(store.connection(), store.index()), index.analyzer());
  }

  @Override
  void dispose() throws Exception {
    if (store != null) {
      TestNode.deleteIndex(settings);
    }
  }

  @Override
  Timelines timelines(DocumentIndex index) {
    return new Timeline(new OpenSearchArticleDays(store.connection(), store.index()), index.analyzer(), TestCorpus.KB);
  }

  @Override
  ThemeSource themes(DocumentIndex index) {
    return new ThemeFinder(new OpenSearchStoredMatches(store.connection(), store.index()), index.analyzer(), TestCorpus.KB);
  }

  @Override
  SuggestionSource suggestions(DocumentIndex index) {
    return new Suggester(new OpenSearchSuggestionIndex(store.connection(), store.index()), TestCorpus.KB);
  }
}
