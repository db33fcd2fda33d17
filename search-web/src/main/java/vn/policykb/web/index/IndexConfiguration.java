package vn.policykb.web.index;

import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.kb.KnowledgeBase;
import vn.policykb.ingest.search.DocumentReader;
import vn.policykb.ingest.search.DocumentSearcher;
import vn.policykb.ingest.search.QuoteSearcher;
import vn.policykb.ingest.search.Suggester;

/** The index under {@code kb.data-dir}, held open for the life of the application. */
@Configuration(proxyBeanMethods = false)
class IndexConfiguration {

  @Bean(destroyMethod = "close")
  DocumentIndex documentIndex(KbProperties properties) throws IOException {
    return DocumentIndex.open(properties.dataDir());
  }

  @Bean
  DocumentSearcher documentSearcher(DocumentIndex index) {
    return new DocumentSearcher(index);
  }

  /** The registries of {@code corpus/kb/} bundled in the ingest jar: the same that enriched the index. */
  @Bean
  KnowledgeBase knowledgeBase() {
    return KnowledgeBase.loadBundled();
  }

  @Bean
  DocumentReader documentReader(DocumentIndex index) {
    return new DocumentReader(index);
  }

  @Bean
  QuoteSearcher quoteSearcher(DocumentIndex index, KnowledgeBase knowledgeBase) {
    return new QuoteSearcher(index, knowledgeBase);
  }

  @Bean
  Suggester suggester(DocumentIndex index, KnowledgeBase knowledgeBase) {
    return new Suggester(index, knowledgeBase);
  }

  @Bean
  Ingester ingester(DocumentIndex index) {
    return new Ingester(index);
  }
}
