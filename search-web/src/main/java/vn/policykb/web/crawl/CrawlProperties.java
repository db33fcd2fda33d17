package vn.policykb.web.crawl;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code kb.crawl.*}.
 *
 * @param sources the sources file (YAML); without it the scheduled crawl does nothing
 * @param cron when the crawl runs (Spring cron: second minute hour day month weekday)
 * @param zone the time zone of {@code cron}
 */
@ConfigurationProperties("kb.crawl")
public record CrawlProperties(Path sources, @DefaultValue("0 0 2 * * *") String cron,
    @DefaultValue("Asia/Ho_Chi_Minh") String zone) {}
