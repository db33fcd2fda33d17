package vn.policykb.web.research;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.kb.KnowledgeBase;
import vn.policykb.search.QuoteProvenance;
import vn.policykb.search.ThemeFinder;
import vn.policykb.search.Timeline;

/**
 * What the research features read the embedded index with: timelines, themes of a result set, quote
 * provenance.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kb.backend", havingValue = "lucene", matchIfMissing = true)
class ResearchConfiguration {

  @Bean
  Timeline timeline(DocumentIndex index, KnowledgeBase knowledgeBase) {
    return new Timeline(index, knowledgeBase);
  }

  @Bean
  ThemeFinder themeFinder(DocumentIndex index, KnowledgeBase knowledgeBase) {
    return new ThemeFinder(index, knowledgeBase);
  }

  @Bean
  QuoteProvenance quoteProvenance(DocumentIndex index) {
    return new QuoteProvenance(index);
  }
}
