package vn.policykb.ingest.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One site of the sources file: where its articles are announced and how politely to fetch them.
 *
 * @param name a short name, unique in the file: the report and the state are kept under it
 * @param feeds RSS or Atom feeds whose items are article candidates
 * @param sitemaps sitemaps, sitemap indexes or Google News sitemaps whose URLs are candidates
 * @param start listing pages whose links matching {@code follow} are candidates
 * @param follow regular expressions matched against a link's path and query (or, when a pattern
 *     starts with {@code http}, the whole URL); pages reached this way are searched for more links
 * @param hosts the hosts that may be fetched ({@code host} or {@code host:port}); by default those
 *     of the feeds, sitemaps and start pages
 * @param delay the least time between two requests to one host
 * @param connections the most requests in flight to one host
 * @param maxPages the most candidate pages queued per run; more are reported as skipped
 * @param maxHops how far links are followed: a page announced by a feed, a sitemap or a start page
 *     is one hop away, a page it links to two; only pages with article text widen the frontier
 * @param lang the language of documents whose text does not tell ({@code vi} or {@code en}), or null
 * @param keywords when not empty, only documents whose title or text contains one of them (case
 *     insensitive) are indexed, e.g. only articles that cite a resolution
 */
public record CrawlSource(
    String name,
    List<URI> feeds,
    List<URI> sitemaps,
    List<URI> start,
    List<Pattern> follow,
    Set<String> hosts,
    Duration delay,
    int connections,
    int maxPages,
    int maxHops,
    String lang,
    List<String> keywords) {

  public CrawlSource {
    Objects.requireNonNull(name, "name");
    feeds = List.copyOf(feeds);
    sitemaps = List.copyOf(sitemaps);
    start = List.copyOf(start);
    follow = List.copyOf(follow);
    keywords = List.copyOf(keywords);
    if (hosts == null || hosts.isEmpty()) {
      Set<String> named = new LinkedHashSet<>();
      for (List<URI> list : List.of(feeds, sitemaps, start)) {
        for (URI uri : list) {
          named.add(Urls.authority(uri));
        }
      }
      hosts = named;
    }
    hosts = Set.copyOf(hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
  }

  /** Whether a URL is on one of this source's hosts: only those are ever fetched. */
  public boolean allows(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return hosts.contains(Urls.authority(uri)) || hosts.contains(host);
  }

  /** Whether a link found on a page is one to follow. */
  public boolean follows(URI uri) {
    String pathAndQuery = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    for (Pattern pattern : follow) {
      String subject = pattern.pattern().startsWith("http") ? uri.toString() : pathAndQuery;
      if (pattern.matcher(subject).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a document passes the keyword filter. */
  public boolean wants(String title, String body) {
    if (keywords.isEmpty()) {
      return true;
    }
    String text = vn.policykb.analysis.TextNormalization.nfc(title + "\n" + body).toLowerCase(Locale.ROOT);
    for (String keyword : keywords) {
      if (text.contains(keyword)) {
        return true;
      }
    }
    return false;
  }
}
