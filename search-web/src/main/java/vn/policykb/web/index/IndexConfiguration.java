package vn.policykb.web.index;

import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.policykb.ingest.Ingester;
import vn.policykb.ingest.index.DocumentIndex;
import vn.policykb.ingest.search.DocumentSearcher;

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

  @Bean
  Ingester ingester(DocumentIndex index) {
    return new Ingester(index);
  }
}
