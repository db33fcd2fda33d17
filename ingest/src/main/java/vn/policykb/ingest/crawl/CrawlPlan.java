package vn.policykb.ingest.crawl;

import java.util.List;

/** What a sources file asks for: the settings and the sites. */
public record CrawlPlan(CrawlSettings settings, List<CrawlSource> sources) {

  public CrawlPlan {
    sources = List.copyOf(sources);
  }
}
