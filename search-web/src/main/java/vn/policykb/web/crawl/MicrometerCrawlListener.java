package vn.policykb.web.crawl;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import vn.policykb.ingest.crawl.CrawlListener;
import vn.policykb.ingest.crawl.CrawlReport;
import vn.policykb.ingest.crawl.PageOutcome;

/**
 * The crawl's metrics: {@code kb.crawl.pages} (counter by source and outcome),
 * {@code kb.crawl.requests} (timer by source and status class), {@code kb.crawl.bytes} (body
 * bytes downloaded by source) and {@code kb.crawl.runs} (timer by status).
 */
final class MicrometerCrawlListener implements CrawlListener {

  private final MeterRegistry registry;

  MicrometerCrawlListener(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void requested(String source, int status, long nanos) {
    String statusClass = status == 0 ? "none" : (status / 100) + "xx";
    Timer.builder("kb.crawl.requests").description("HTTP exchanges of the crawl")
        .tag("source", source).tag("status", statusClass).register(registry).record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void pageDone(String source, PageOutcome outcome, long bodyBytes) {
    registry.counter("kb.crawl.pages", "source", source, "outcome", outcome.label()).increment();
    if (bodyBytes > 0) {
      registry.counter("kb.crawl.bytes", "source", source).increment(bodyBytes);
    }
  }

  @Override
  public void runFinished(CrawlReport report, long nanos) {
    Timer.builder("kb.crawl.runs").description("crawl runs").tag("status", report.status())
        .register(registry).record(nanos, TimeUnit.NANOSECONDS);
  }
}
