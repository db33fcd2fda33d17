package vn.policykb.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.policykb.ingest.crawl.warc.WarcLocation;

/** What is tried again against a loopback server, how often, and after how long. */
class HttpFetcherRetryTest {

  private static final int ATTEMPTS = 3;
  private static final Duration BACKOFF = Duration.ofMillis(20);

  private FixtureSite site;
  private HttpFetcher fetcher;
  private final AtomicInteger recorded = new AtomicInteger();
  private final HttpFetcher.Recorder recorder =
      (url, status, headers, body, truncated) -> new WarcLocation("test.warc.gz", recorded.incrementAndGet());

  @BeforeEach
  void start() throws Exception {
    site = new FixtureSite();
    site.html("/bai.html", FixtureSite.article("vi", "Bài viết", "Nội dung của bài viết."));
    HostGates gates = new HostGates();
    gates.configure(Urls.authority(URI.create(site.base())), Duration.ZERO, 1);
    fetcher = new HttpFetcher(new CrawlSettings(CrawlSettings.DEFAULT_USER_AGENT, Duration.ofSeconds(5), ATTEMPTS,
        BACKOFF, 1024 * 1024, 5, 50), gates);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    site.close();
  }

  /** Answers {@code status} with the given Retry-After for the first {@code times} requests, then the page. */
  private void failing(String path, int times, int status, String retryAfter) {
    AtomicInteger calls = new AtomicInteger();
    site.handler(path, exchange -> {
      if (calls.incrementAndGet() <= times) {
        if (retryAfter != null) {
          exchange.getResponseHeaders().set("Retry-After", retryAfter);
        }
        site.send(exchange, FixtureSite.arrival(exchange), status, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
      } else {
        site.serveStatic(exchange, FixtureSite.arrival(exchange));
      }
    });
  }

  private FetchResult fetch() throws Exception {
    return fetcher.fetch(URI.create(site.url("/bai.html")), null, recorder);
  }

  /** The statuses answered, once {@code count} requests are logged: the server logs each after its answer is sent. */
  private List<Integer> statuses(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (site.requests().size() < count && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    return site.requests().stream().map(FixtureSite.Request::status).toList();
  }

  private long millisBetweenRequests(int first, int second) {
    List<FixtureSite.Request> requests = site.requests();
    return TimeUnit.NANOSECONDS.toMillis(requests.get(second).nanos() - requests.get(first).nanos());
  }

  @Test
  void aServiceUnavailableThenOkIsTriedAgainAndFetched() throws Exception {
    failing("/bai.html", 1, 503, null);

    FetchResult result = fetch();

    assertThat(result).isInstanceOf(FetchResult.Body.class);
    assertThat(result.attempts()).isEqualTo(2);
    assertThat(statuses(2)).containsExactly(503, 200);
    assertThat(recorded.get()).as("every answer archived").isEqualTo(2);
    assertThat(((FetchResult.Body) result).warc().offset()).as("the body's own record").isEqualTo(2);
  }

  @Test
  void aTooManyRequestsWithRetryAfterWaitsThatLongInsteadOfTheBackoff() throws Exception {
    failing("/bai.html", 1, 429, "1");

    FetchResult result = fetch();

    assertThat(result).isInstanceOf(FetchResult.Body.class);
    assertThat(result.attempts()).isEqualTo(2);
    assertThat(statuses(2)).containsExactly(429, 200);
    // the backoff alone would have waited 20 ms
    assertThat(millisBetweenRequests(0, 1)).isGreaterThanOrEqualTo(950);
  }

  @Test
  void aRetryAfterDateIsTheTimeLeftUntilThen() throws Exception {
    String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
    failing("/bai.html", 1, 503, inTwoSeconds);

    FetchResult result = fetch();

    assertThat(result).isInstanceOf(FetchResult.Body.class);
    assertThat(statuses(2)).containsExactly(503, 200);
    // the date has whole seconds: between one and two seconds were left
    assertThat(millisBetweenRequests(0, 1)).isGreaterThanOrEqualTo(950);
  }

  @Test
  void aRetryAfterOnAnotherErrorIsNotObeyed() throws Exception {
    failing("/bai.html", 1, 500, "3600");

    FetchResult result = fetch();

    assertThat(result).isInstanceOf(FetchResult.Body.class);
    assertThat(statuses(2)).containsExactly(500, 200);
  }

  @Test
  void aNotFoundIsNotTriedAgain() throws Exception {
    FetchResult result = fetcher.fetch(URI.create(site.url("/gone.html")), null, recorder);

    assertThat(result).isEqualTo(new FetchResult.Failed(URI.create(site.url("/gone.html")), 404, "HTTP 404", 1));
    assertThat(statuses(1)).containsExactly(404);
  }

  @Test
  void triesAreBoundedByAttempts() throws Exception {
    failing("/bai.html", Integer.MAX_VALUE, 503, null);

    FetchResult result = fetch();

    assertThat(result).isInstanceOf(FetchResult.Failed.class);
    FetchResult.Failed failed = (FetchResult.Failed) result;
    assertThat(failed.status()).isEqualTo(503);
    assertThat(failed.reason()).isEqualTo("HTTP 503 (gave up after 3 tries)");
    assertThat(failed.attempts()).isEqualTo(ATTEMPTS);
    assertThat(statuses(3)).containsExactly(503, 503, 503);
    // backoff doubled: 20 ms, then 40 ms
    assertThat(millisBetweenRequests(1, 2)).isGreaterThanOrEqualTo(40);
  }

  @Test
  void aRetryAfterLongerThanTheLimitGivesTheUrlUpAndSaysWhy() throws Exception {
    failing("/bai.html", 1, 429, "3600");

    FetchResult result = fetch();

    assertThat(result).isInstanceOf(FetchResult.Failed.class);
    assertThat(((FetchResult.Failed) result).reason())
        .isEqualTo("HTTP 429, Retry-After 3600 s: longer than the 60 s a retry may wait (gave up after 1 try)");
    assertThat(result.attempts()).isEqualTo(1);
    assertThat(statuses(1)).containsExactly(429);
  }

  @Test
  void anInterruptDuringTheWaitEndsTheFetch() throws Exception {
    failing("/bai.html", 1, 503, "30");

    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    Thread fetching = Thread.ofVirtual().start(() -> {
      try {
        fetch();
        outcome.complete(null);
      } catch (Throwable e) {
        outcome.complete(e);
      }
    });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    // the answer is archived just before the wait starts
    while (recorded.get() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    fetching.interrupt();

    // well before the 30 s asked for
    assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
    assertThat(statuses(1)).containsExactly(503);
  }

  @Test
  void aBackoffLongerThanTheRetryAfterLimitRaisesIt() {
    var settings = CrawlSettings.defaults();
    assertThat(new FetchRetry(settings, Clock.systemUTC()).longestWait()).isEqualTo(Duration.ofSeconds(60));
    var patient = new CrawlSettings(settings.userAgent(), settings.timeout(), 4, Duration.ofSeconds(40),
        settings.maxBytes(), settings.maxRedirects(), settings.batchSize());
    // 40 s, 80 s, 160 s
    assertThat(new FetchRetry(patient, Clock.systemUTC()).longestWait()).isEqualTo(Duration.ofSeconds(160));
  }
}
