package vn.policykb.ingest.crawl;

import java.time.Duration;

/**
 * How the crawler fetches, for every source: the {@code settings:} block of the sources file.
 *
 * @param userAgent sent with every request; its first word is the name robots.txt rules are
 *     matched against
 * @param timeout the most one request may take, headers and body
 * @param attempts tries of one request before giving up on a 5xx or a timeout (4xx: one try)
 * @param backoff the wait before the second try; it doubles for each try after (a 429 or 503 with
 *     {@code Retry-After} waits what it asks for instead)
 * @param maxBytes the largest response body read; a larger one is abandoned and reported
 * @param maxRedirects redirects followed from one URL
 * @param batchSize documents indexed between two commits: search sees new documents at each
 * @param maxHops the default of {@link CrawlSource#maxHops()}: links followed in a row from a feed,
 *     sitemap or start page
 */
public record CrawlSettings(
    String userAgent,
    Duration timeout,
    int attempts,
    Duration backoff,
    long maxBytes,
    int maxRedirects,
    int batchSize,
    int maxHops) {

  public static final int DEFAULT_MAX_HOPS = 2;

  public static final String DEFAULT_USER_AGENT =
      "policy-kb-crawler/0.1 (bilingual news and policy archive; nightly, polite; robots.txt respected)";

  public static CrawlSettings defaults() {
    return new CrawlSettings(DEFAULT_USER_AGENT, Duration.ofSeconds(30), 4, Duration.ofSeconds(2),
        20L * 1024 * 1024, 5, 50, DEFAULT_MAX_HOPS);
  }

  /** Settings with the default {@code maxHops}. */
  public CrawlSettings(String userAgent, Duration timeout, int attempts, Duration backoff, long maxBytes,
      int maxRedirects, int batchSize) {
    this(userAgent, timeout, attempts, backoff, maxBytes, maxRedirects, batchSize, DEFAULT_MAX_HOPS);
  }

  /** The robot name robots.txt groups are matched against: the user agent's first word, no version. */
  public String robotName() {
    String first = userAgent.strip().split("[\\s/]", 2)[0];
    return first.toLowerCase(java.util.Locale.ROOT);
  }
}
