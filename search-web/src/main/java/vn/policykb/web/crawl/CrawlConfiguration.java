package vn.policykb.web.crawl;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.policykb.ingest.crawl.state.CrawlStore;
import vn.policykb.ingest.pipeline.Pipeline;
import vn.policykb.web.index.KbProperties;

/** The scheduled crawl, its state and its metrics. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CrawlConfiguration {

  private static final Logger log = LoggerFactory.getLogger(CrawlConfiguration.class);

  @Bean(destroyMethod = "close")
  CrawlStore crawlStore(KbProperties kb) throws IOException {
    return CrawlStore.open(kb.dataDir());
  }

  @Bean(destroyMethod = "stop")
  CrawlService crawlService(Pipeline pipeline, CrawlStore store, KbProperties kb, CrawlProperties properties,
      MeterRegistry registry) {
    if (properties.sources() == null) {
      log.info("no kb.crawl.sources: the scheduled crawl is off");
    } else {
      log.info("crawl of {} scheduled at '{}' ({})", properties.sources(), properties.cron(), properties.zone());
    }
    return new CrawlService(pipeline, store, kb, properties, new MicrometerCrawlListener(registry));
  }

  @Bean
  CrawlSchedule crawlSchedule(CrawlService service) {
    return new CrawlSchedule(service);
  }

  /** Runs the crawl at {@code kb.crawl.cron}; does nothing without a sources file. */
  static final class CrawlSchedule {

    private final CrawlService service;

    CrawlSchedule(CrawlService service) {
      this.service = service;
    }

    @Scheduled(cron = "${kb.crawl.cron:0 0 2 * * *}", zone = "${kb.crawl.zone:Asia/Ho_Chi_Minh}")
    void crawl() {
      if (service.configured()) {
        service.runLogged();
      }
    }
  }
}
