package vn.policykb.web.index;

import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.policykb.index.IndexSchema;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.opensearch.OpenSearchArticleDays;
import vn.policykb.opensearch.OpenSearchDocuments;
import vn.policykb.opensearch.OpenSearchSearch;
import vn.policykb.opensearch.OpenSearchSettings;
import vn.policykb.opensearch.OpenSearchStore;
import vn.policykb.opensearch.OpenSearchSuggestionIndex;
import vn.policykb.opensearch.OpenSearchStoredMatches;
import vn.policykb.search.ArticleSearch;
import vn.policykb.search.DocumentLookup;
import vn.policykb.search.QuoteOrigins;
import vn.policykb.search.QuoteProvenance;
import vn.policykb.search.QuoteSearch;
import vn.policykb.search.QuoteSearcher;
import vn.policykb.index.StoredMatches;
import vn.policykb.search.SuggestionSource;
import vn.policykb.search.Suggester;
import vn.policykb.search.ThemeFinder;
import vn.policykb.search.ThemeSource;
import vn.policykb.search.Timeline;
import vn.policykb.search.Timelines;

/**
 * With {@code kb.backend=opensearch}: the index on the cluster of {@code kb.opensearch.*}, made at
 * start when it is missing, and every read of the application from it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kb.backend", havingValue = "opensearch")
class OpenSearchConfiguration {

  @Bean(destroyMethod = "close")
  DocumentIndex documentIndex(Environment environment) {
    OpenSearchSettings settings = OpenSearchSettings.from(environment::getProperty);
    try {
      return DocumentIndex.on(OpenSearchStore.open(settings));
    } catch (IOException e) {
      throw new BackendConfigurationException("the OpenSearch cluster at " + settings.urls() + " cannot be used: "
          + e.getMessage(), e);
    } catch (IllegalStateException e) {
      throw new BackendConfigurationException(e.getMessage(), e);
    }
  }

  /** The index's store, closed with the index. */
  @Bean(destroyMethod = "")
  OpenSearchStore openSearchStore(DocumentIndex index) {
    return (OpenSearchStore) index.store();
  }

  @Bean
  ArticleSearch openSearchSearch(OpenSearchStore store, KnowledgeBase knowledgeBase) {
    return new OpenSearchSearch(store.connection(), store.index(), knowledgeBase);
  }

  @Bean
  DocumentLookup openSearchDocuments(OpenSearchStore store) {
    return new OpenSearchDocuments(store.connection(), store.index());
  }

  @Bean
  StoredMatches openSearchMatches(OpenSearchStore store) {
    return new OpenSearchStoredMatches(store.connection(), store.index());
  }

  @Bean
  QuoteSearch quoteSearcher(StoredMatches matches, KnowledgeBase knowledgeBase) {
    return new QuoteSearcher(matches, IndexSchema.analyzer(), knowledgeBase);
  }

  @Bean
  QuoteOrigins quoteProvenance(StoredMatches matches) {
    return new QuoteProvenance(matches, IndexSchema.analyzer());
  }

  @Bean
  ThemeSource themeFinder(StoredMatches matches, KnowledgeBase knowledgeBase) {
    return new ThemeFinder(matches, IndexSchema.analyzer(), knowledgeBase);
  }

  @Bean
  Timelines timeline(OpenSearchStore store, KnowledgeBase knowledgeBase) {
    return new Timeline(new OpenSearchArticleDays(store.connection(), store.index()), IndexSchema.analyzer(),
        knowledgeBase);
  }

  @Bean
  SuggestionSource suggester(OpenSearchStore store, KnowledgeBase knowledgeBase) {
    return new Suggester(new OpenSearchSuggestionIndex(store.connection(), store.index()), knowledgeBase);
  }
}
