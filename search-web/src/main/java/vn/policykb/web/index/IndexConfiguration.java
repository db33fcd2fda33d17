package vn.policykb.web.index;

import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.policykb.ingest.pipeline.Pipeline;
import vn.policykb.ingest.pipeline.StageTimers;
import io.micrometer.core.instrument.MeterRegistry;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.search.DocumentReader;
import vn.policykb.search.DocumentSearcher;
import vn.policykb.search.QuoteSearcher;
import vn.policykb.search.Suggester;

/**
 * The index and what reads it. With {@code kb.backend=lucene} (the default) the embedded index under
 * {@code kb.data-dir}, held open for the life of the application.
 */
@Configuration(proxyBeanMethods = false)
class IndexConfiguration {

  /** The registries of {@code corpus/kb/} bundled in the kb jar: the same that enriched the index. */
  @Bean
  KnowledgeBase knowledgeBase() {
    return KnowledgeBase.loadBundled();
  }

  /** The one road into the index, for uploads, the bundled corpus and the crawl alike. */
  @Bean
  Pipeline pipeline(DocumentIndex index, KnowledgeBase knowledgeBase, MeterRegistry registry) {
    return Pipeline.standard(index, knowledgeBase, new StageTimers(registry));
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(name = "kb.backend", havingValue = "lucene", matchIfMissing = true)
  static class Embedded {

    @Bean(destroyMethod = "close")
    DocumentIndex documentIndex(KbProperties properties) throws IOException {
      return DocumentIndex.open(properties.dataDir());
    }

    @Bean
    DocumentSearcher documentSearcher(DocumentIndex index, KnowledgeBase knowledgeBase,
        @Value("${kb.search.timeout:2s}") Duration timeout) {
      return new DocumentSearcher(index, knowledgeBase, timeout);
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
  }
}
