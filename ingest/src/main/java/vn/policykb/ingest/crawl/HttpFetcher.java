package vn.policykb.ingest.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import vn.policykb.ingest.crawl.body.ContentDecoding;
import vn.policykb.ingest.crawl.state.PageState;
import vn.policykb.ingest.crawl.warc.WarcLocation;

/**
 * Fetches one URL politely and patiently: through its host's gate, conditionally when validators
 * are known, within a time limit for the whole exchange and a size limit for the body, trying
 * 5xx answers, 429 and timeouts again as {@link FetchRetry} decides. Bodies are asked for and read
 * in gzip, deflate or Brotli, the size limit holding for the decoded body as for the received one. Redirects are returned, not
 * followed: the crawler decides whether their target may be fetched. Every answer received is
 * archived.
 */
final class HttpFetcher implements AutoCloseable {

  /** Archives one response; returns where it was written. */
  interface Recorder {
    WarcLocation record(URI url, int status, Map<String, List<String>> headers, byte[] body, boolean truncated)
        throws IOException;
  }

  private final CrawlSettings settings;
  private final HostGates gates;
  private final HttpClient client;
  private final ScheduledExecutorService watchdog;
  private final FetchRetry retry;

  HttpFetcher(CrawlSettings settings, HostGates gates) {
    this.settings = settings;
    this.gates = gates;
    this.retry = new FetchRetry(settings, Clock.systemUTC());
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(settings.timeout())
        .build();
    this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "crawl-timeouts");
      t.setDaemon(true);
      return t;
    });
  }

  FetchResult fetch(URI url, PageState known, Recorder recorder) throws InterruptedException, IOException {
    HostGate gate = gates.of(url);
    AtomicInteger tries = new AtomicInteger();
    AtomicReference<WarcLocation> archived = new AtomicReference<>();
    // the wait between two tries is outside the host's gate, so that its other pages go on meanwhile
    Exchange last = retry.run(() -> {
      tries.incrementAndGet();
      gate.enter();
      Exchange exchange;
      try {
        exchange = exchange(url, known);
      } finally {
        gate.leave();
      }
      if (exchange instanceof Exchange.Answer answer) {
        // decoded before it is archived: a body that expands past the limit is archived as truncated,
        // so that reading the archive again never meets one
        Exchange.Answer decoded = answer.decode(settings.maxBytes());
        archived.set(recorder.record(url, decoded.status(), decoded.headers(), decoded.body(),
            decoded.truncated() || decoded.overLimitDecoded()));
        return decoded;
      }
      return exchange;
    });
    int attempts = tries.get();
    return switch (last) {
      case Exchange.Problem problem -> new FetchResult.Failed(url, 0, problem.reason() + gaveUp(attempts), attempts);
      case Exchange.Answer answer -> result(url, answer, archived.get(), attempts);
    };
  }

  private FetchResult result(URI url, Exchange.Answer answer, WarcLocation warc, int attempts) {
    int status = answer.status();
    if (answer.truncated()) {
      return new FetchResult.Failed(url, status, "larger than " + megabytes(settings.maxBytes())
          + ", the limit for one response", attempts);
    }
    if (answer.decoded() instanceof ContentDecoding.Decoded.OverLimit over) {
      return new FetchResult.Failed(url, status, "larger than " + megabytes(settings.maxBytes())
          + " once decoded (" + over.coding() + "), the limit for one response", attempts);
    }
    if (status == 304) {
      return new FetchResult.NotModified(url, attempts);
    }
    if (status >= 200 && status < 300) {
      return switch (answer.decoded()) {
        case ContentDecoding.Decoded.Body decoded ->
            new FetchResult.Body(url, status, answer.headers(), decoded.bytes(), warc, attempts);
        case ContentDecoding.Decoded.Unreadable unreadable ->
            new FetchResult.Failed(url, status, unreadable.reason(), attempts);
        case null, default -> new FetchResult.Body(url, status, answer.headers(), answer.body(), warc, attempts);
      };
    }
    if (status >= 300 && status < 400) {
      return answer.header("location")
          .<FetchResult>map(location -> new FetchResult.Redirect(url, status, location, attempts))
          .orElseGet(() -> new FetchResult.Failed(url, status, "HTTP " + status + " without a Location", attempts));
    }
    if (FetchRetry.transientStatus(status)) {
      String refused = retry.waitRefused(answer)
          .map(wait -> ", Retry-After " + wait.toSeconds() + " s: longer than the " + seconds(retry.longestWait())
              + " a retry may wait")
          .orElse("");
      return new FetchResult.Failed(url, status, "HTTP " + status + refused + gaveUp(attempts), attempts);
    }
    return new FetchResult.Failed(url, status, "HTTP " + status, attempts);
  }

  private static String gaveUp(int attempts) {
    return " (gave up after " + attempts + (attempts == 1 ? " try)" : " tries)");
  }

  private Exchange exchange(URI url, PageState known) throws InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(url)
        .timeout(settings.timeout())
        .header("User-Agent", settings.userAgent())
        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,application/pdf;q=0.8,*/*;q=0.5")
        .header("Accept-Encoding", ContentDecoding.ACCEPTED)
        .GET();
    if (known != null && known.etag() != null) {
      request.header("If-None-Match", known.etag());
    }
    if (known != null && known.lastModified() != null) {
      request.header("If-Modified-Since", known.lastModified());
    }
    long deadline = System.nanoTime() + settings.timeout().toNanos();
    AtomicBoolean timedOut = new AtomicBoolean();
    try {
      HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      Map<String, List<String>> headers = response.headers().map();
      try (InputStream in = response.body()) {
        long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
        if (declared > settings.maxBytes()) {
          return new Exchange.Answer(response.statusCode(), headers, new byte[0], true);
        }
        long remaining = Math.max(1, deadline - System.nanoTime());
        // the request timeout covers the headers only: a body that trickles is cut at the deadline
        ScheduledFuture<?> cut = watchdog.schedule(() -> {
          timedOut.set(true);
          closeQuietly(in);
        }, remaining, TimeUnit.NANOSECONDS);
        try {
          ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
          byte[] buffer = new byte[65536];
          long total = 0;
          int n;
          while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > settings.maxBytes()) {
              return new Exchange.Answer(response.statusCode(), headers, new byte[0], true);
            }
            body.write(buffer, 0, n);
          }
          return new Exchange.Answer(response.statusCode(), headers, body.toByteArray(), false);
        } finally {
          cut.cancel(false);
        }
      }
    } catch (HttpTimeoutException e) {
      return new Exchange.Problem("timed out after " + seconds(settings.timeout()));
    } catch (IOException e) {
      if (timedOut.get() || System.nanoTime() > deadline) {
        return new Exchange.Problem("timed out after " + seconds(settings.timeout()));
      }
      return new Exchange.Problem("connection failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    } catch (IllegalArgumentException e) {
      return new Exchange.Problem("cannot be requested: " + e.getMessage());
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // closing is how a slow body is cut; a failure to close changes nothing
    }
  }

  static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
    client.shutdownNow();
  }
}
