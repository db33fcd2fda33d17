package vn.policykb.ingest.crawl;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.policykb.analysis.TextNormalization;

/**
 * One entry of {@code sources:} as written, with the constraints it must meet; {@link #toSource(CrawlSettings)}
 * reads it once it meets them. A list may be written as a single value.
 */
record SourceEntry(
    @NotNull(message = "is required") @Pattern(regexp = NAME, message = "must be letters, digits, '.', '_' or '-'")
    String name,
    List<@HttpUrl String> feeds,
    List<@HttpUrl String> sitemaps,
    List<@HttpUrl String> start,
    List<@JavaRegex String> follow,
    List<@NotNull(message = HOST_FORM) @Pattern(regexp = HOST, message = HOST_FORM) String> hosts,
    @Pattern(regexp = Quantities.DURATION, message = Quantities.NOT_A_DURATION) String delay,
    @Positive(message = AT_LEAST_ONE) Integer connections,
    @Positive(message = AT_LEAST_ONE) Integer maxPages,
    @Positive(message = AT_LEAST_ONE) Integer maxHops,
    @Pattern(regexp = "vi|en", flags = Pattern.Flag.CASE_INSENSITIVE, message = "must be 'vi' or 'en'") String lang,
    List<@NotNull(message = "must not be empty") String> keywords) {

  static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";
  static final String AT_LEAST_ONE = "must be at least 1";
  /** {@code host} or {@code host:port}, the host a name, an IPv4 address or a bracketed IPv6 one. */
  private static final String HOST = "(?:[\\p{L}\\p{N}_.-]+|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?";
  private static final String HOST_FORM = "is not a host (write host or host:port)";

  /** Without a usable place where pages are announced, a source would crawl nothing. */
  @AssertTrue(message = "give at least one of 'feeds', 'sitemaps', 'start'")
  boolean isAnnounced() {
    return Stream.of(feeds, sitemaps, start).flatMap(list -> orEmpty(list).stream()).anyMatch(HttpUrl.Validator::isHttpUrl);
  }

  /**
   * The source this entry describes; only for an entry without constraint violations.
   *
   * @param settings where a key left out takes its value from
   */
  CrawlSource toSource(CrawlSettings settings) {
    return new CrawlSource(name, urls(feeds), urls(sitemaps), urls(start),
        orEmpty(follow).stream().map(java.util.regex.Pattern::compile).toList(),
        new LinkedHashSet<>(orEmpty(hosts)),
        Quantities.duration(delay, SourcesFile.DEFAULT_DELAY),
        connections == null ? 1 : connections,
        maxPages == null ? SourcesFile.DEFAULT_MAX_PAGES : maxPages,
        maxHops == null ? settings.maxHops() : maxHops,
        lang == null ? null : lang.toLowerCase(Locale.ROOT),
        orEmpty(keywords).stream().map(k -> TextNormalization.nfc(k).toLowerCase(Locale.ROOT))
            .filter(k -> !k.isBlank()).toList());
  }

  private static List<URI> urls(List<String> written) {
    return orEmpty(written).stream().map(u -> URI.create(u.strip())).toList();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
