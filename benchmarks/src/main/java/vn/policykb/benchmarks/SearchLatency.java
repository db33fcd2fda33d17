package vn.policykb.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.policykb.eval.Typing;

/**
 * Latency of a running web app, as a reader meets it: {@code GET /?q=} (the page, rendered on the
 * server) and {@code GET /api/search?q=} for headlines of a JSONL data set typed as published and
 * without diacritics, one request at a time over loopback; p50 and p99 of each, after a warm-up.
 *
 * <pre>java -cp benchmarks.jar vn.policykb.benchmarks.SearchLatency http://localhost:8080 FILE.jsonl.gz [N]</pre>
 */
public final class SearchLatency {

  private SearchLatency() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: SearchLatency BASE_URL FILE.jsonl[.gz] [QUERIES]");
      System.exit(2);
    }
    String base = args[0].replaceAll("/+$", "");
    int count = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    List<String> queries = new ArrayList<>();
    for (String[] article : BenchmarkTexts.articles(args[1], count)) {
      if (!article[0].isBlank()) {
        queries.add(queries.size() % 2 == 0 ? article[0] : Typing.UNACCENTED.apply(article[0]));
      }
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    for (String path : List.of("/api/search?q=", "/?q=")) {
      // warm-up: the JIT and the index caches, on queries not measured afterwards
      for (int i = 0; i < Math.min(100, queries.size()); i++) {
        time(http, base + path + encode("warm " + queries.get(i)));
      }
      double[] millis = new double[queries.size()];
      for (int i = 0; i < queries.size(); i++) {
        millis[i] = time(http, base + path + encode(queries.get(i)));
      }
      Arrays.sort(millis);
      System.out.printf(Locale.ROOT, "%-16s %d requests: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", path, millis.length,
          percentile(millis, 0.50), percentile(millis, 0.99), millis[millis.length - 1]);
    }
  }

  private static String encode(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  private static double time(HttpClient http, String url) throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    double millis = (System.nanoTime() - start) / 1e6;
    if (response.statusCode() != 200) {
      throw new IOException(url + " answered " + response.statusCode());
    }
    return millis;
  }

  private static double percentile(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
