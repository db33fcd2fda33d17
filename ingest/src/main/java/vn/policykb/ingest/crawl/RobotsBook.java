package vn.policykb.ingest.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import vn.policykb.ingest.crawl.state.CrawlStore;
import vn.policykb.ingest.crawl.state.PageState;

/**
 * The robots.txt rules of each host, read once per run (conditionally: a 304 reuses the rules
 * kept from the last run). A missing robots.txt (4xx) allows everything; one that cannot be read
 * (5xx, timeout) forbids everything for this run, as the robots.txt standard asks.
 */
final class RobotsBook {

  /** Robots.txt's Crawl-delay is obeyed up to this; beyond, a run would never end. */
  private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

  private final HttpFetcher fetcher;
  private final CrawlStore store;
  private final HostGates gates;
  private final long run;
  private final List<String> robotNames;
  private final CrawlListener listener;
  private final ConcurrentHashMap<String, BaseRobotRules> rules = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();
  private final Recorders recorders;

  RobotsBook(HttpFetcher fetcher, CrawlStore store, HostGates gates, long run, String robotName,
      CrawlListener listener, Recorders recorders) {
    this.fetcher = fetcher;
    this.store = store;
    this.gates = gates;
    this.run = run;
    this.robotNames = List.of(robotName);
    this.listener = listener;
    this.recorders = recorders;
  }

  boolean allowed(URI url, CrawlSource source) throws IOException, InterruptedException {
    return rulesFor(url, source).isAllowed(url.toString());
  }

  private BaseRobotRules rulesFor(URI url, CrawlSource source) throws IOException, InterruptedException {
    String authority = Urls.authority(url);
    BaseRobotRules known = rules.get(authority);
    if (known != null) {
      return known;
    }
    synchronized (locks.computeIfAbsent(authority, k -> new Object())) {
      known = rules.get(authority);
      if (known != null) {
        return known;
      }
      BaseRobotRules fetched = fetch(Urls.robotsOf(url), source);
      if (fetched.getCrawlDelay() > 0) {
        Duration delay = Duration.ofMillis(fetched.getCrawlDelay());
        gates.of(url).atLeast(delay.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : delay);
      }
      rules.put(authority, fetched);
      return fetched;
    }
  }

  private BaseRobotRules fetch(URI robots, CrawlSource source) throws IOException, InterruptedException {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    PageState known = store.page(robots.toString());
    long start = System.nanoTime();
    FetchResult result = fetcher.fetch(robots, known.storedText() == null ? null : known,
        recorders.forDiscovery(source, "robots"));
    switch (result) {
      case FetchResult.Body body -> {
        listener.requested(source.name(), body.status(), System.nanoTime() - start);
        String text = new String(body.body(), StandardCharsets.UTF_8);
        store.remember(new PageState(robots.toString(), body.header("etag").orElse(null),
            body.header("last-modified").orElse(null), null, null, body.warc().toString(), text),
            body.status(), run, body.attempts(), body.body().length);
        return parser.parseContent(robots.toString(), body.body(), body.mediaType(), robotNames);
      }
      case FetchResult.NotModified notModified -> {
        listener.requested(source.name(), 304, System.nanoTime() - start);
        return parser.parseContent(robots.toString(), known.storedText().getBytes(StandardCharsets.UTF_8),
            "text/plain", robotNames);
      }
      case FetchResult.Redirect redirect -> {
        listener.requested(source.name(), redirect.status(), System.nanoTime() - start);
        // a robots.txt moved elsewhere is rare; not following it keeps the crawler on named hosts
        return parser.failedFetch(404);
      }
      case FetchResult.Failed failed -> {
        listener.requested(source.name(), failed.status(), System.nanoTime() - start);
        if (failed.status() >= 400 && failed.status() < 500) {
          return parser.failedFetch(failed.status());
        }
        store.problem(run, source.name(), robots.toString(), "robots.txt: " + failed.reason()
            + "; nothing fetched from this host in this run");
        return parser.failedFetch(503);
      }
    }
  }
}
