package vn.policykb.ingest.crawl;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The {@code settings:} block as written, with the constraints it must meet; a key left out keeps
 * its default of {@link CrawlSettings#defaults()}.
 */
record SettingsEntry(
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be empty") String userAgent,
    @Pattern(regexp = Quantities.DURATION, message = Quantities.NOT_A_DURATION) String timeout,
    @Positive(message = SourceEntry.AT_LEAST_ONE) Integer attempts,
    @Pattern(regexp = Quantities.DURATION, message = Quantities.NOT_A_DURATION) String backoff,
    @Pattern(regexp = Quantities.SIZE, flags = Pattern.Flag.CASE_INSENSITIVE, message = Quantities.NOT_A_SIZE)
    String maxBytes,
    @PositiveOrZero(message = "must not be negative") Integer maxRedirects,
    @Positive(message = SourceEntry.AT_LEAST_ONE) Integer batchSize,
    @Positive(message = SourceEntry.AT_LEAST_ONE) Integer maxHops) {

  /** The settings this block describes; only for a block without constraint violations. */
  CrawlSettings toSettings() {
    CrawlSettings d = CrawlSettings.defaults();
    return new CrawlSettings(
        userAgent == null ? d.userAgent() : userAgent.strip(),
        Quantities.duration(timeout, d.timeout()),
        attempts == null ? d.attempts() : attempts,
        Quantities.duration(backoff, d.backoff()),
        Quantities.bytes(maxBytes, d.maxBytes()),
        maxRedirects == null ? d.maxRedirects() : maxRedirects,
        batchSize == null ? d.batchSize() : batchSize,
        maxHops == null ? d.maxHops() : maxHops);
  }
}
