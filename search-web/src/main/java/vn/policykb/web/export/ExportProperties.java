package vn.policykb.web.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code kb.export.*}.
 *
 * @param limit most rows one export streams: a whole result list of the usual kind, not the index
 */
@ConfigurationProperties("kb.export")
public record ExportProperties(@DefaultValue("10000") int limit) {}
