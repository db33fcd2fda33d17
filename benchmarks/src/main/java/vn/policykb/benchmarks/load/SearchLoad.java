package vn.policykb.benchmarks.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search load over HTTP: the same queries, in the same order, against the app and its peers, with
 * 1..N clients each sending its next request when the last one is answered; QPS and p50/p95/p99
 * per target. With several rounds the measured sequence is cut into slices and the targets take
 * turns on each, so that a change in the machine's other load weighs on all targets alike.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar vn.policykb.benchmarks.load.SearchLoad \
 *     --queries short.queries.jsonl --clients 1,4 --duration 120 --rounds 4 \
 *     --os-body ../shared/anchors/opensearch/query.json \
 *     'project=http://127.0.0.1:8080/api/search?q={q}&amp;size=10' opensearch=opensearch:http://127.0.0.1:9200/vietnews
 * </pre>
 */
@Command(name = "search-load", mixinStandardHelpOptions = true,
    description = "Replays a query file over HTTP against one or more search targets; prints QPS and latency percentiles.")
public final class SearchLoad implements Callable<Integer> {

  @Option(names = "--queries", required = true,
      description = "JSONL with a \"query\" on each line (or one query a line in a .txt file)")
  Path queries;

  @Option(names = "--clients", split = ",", defaultValue = "1,4", description = "client counts to run, e.g. 1,4")
  List<Integer> clients;

  @Option(names = "--duration", defaultValue = "60", description = "seconds per target and client count, at most")
  double duration;

  @Option(names = "--count", defaultValue = "0", description = "measured requests per target (default: every query once, after the warm-up's)")
  int count;

  @Option(names = "--warmup", defaultValue = "200", description = "warm-up requests per target: the file's last queries")
  int warmup;

  @Option(names = "--rounds", defaultValue = "1", description = "slices the targets take turns on")
  int rounds;

  @Option(names = "--timeout", defaultValue = "30", description = "seconds a request may take before it counts as an error")
  double timeout;

  @Option(names = "--os-body", description = "the OpenSearch search body, with {{q}} where the query goes")
  Path openSearchBody;

  @Option(names = "--json", description = "also write the rows as JSON to this file")
  Path json;

  @Parameters(arity = "1..*", paramLabel = "TARGET",
      description = "[LABEL=]http://127.0.0.1:PORT/api/search?q={q}&size=10 or [LABEL=]opensearch:http://127.0.0.1:9200/INDEX")
  List<String> targetSpecs;

  private final PrintStream out = System.out;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SearchLoad()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    String body = openSearchBody == null ? null : Files.readString(openSearchBody);
    List<SearchTarget> targets = targetSpecs.stream().map(spec -> SearchTarget.parse(spec, body)).toList();
    List<String> sequence = QueryFile.read(queries);
    if (sequence.isEmpty()) {
      throw new CommandLine.ParameterException(new CommandLine(this), "no query in " + queries);
    }
    int warm = Math.clamp(warmup, 0, sequence.size());
    int measured = count > 0 ? count : Math.max(1, sequence.size() - warm);
    int slices = Math.clamp(rounds, 1, measured);
    Duration requestTimeout = Duration.ofMillis((long) (timeout * 1000));
    out.printf(Locale.ROOT, "%d queries; warm-up %d (the file's last); measured: up to %d requests or %.0f s per target%s%n",
        sequence.size(), warm, measured, duration,
        slices > 1 ? ", in " + slices + " rounds, the targets taking turns on each slice" : "");
    List<Latencies.Summary> rows = new ArrayList<>();
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build()) {
      for (int clientCount : clients) {
        out.printf(Locale.ROOT, "%-14s %7s %9s %8s %8s %8s %8s %7s%n",
            "target", "clients", "requests", "QPS", "p50 ms", "p95 ms", "p99 ms", "errors");
        for (SearchTarget target : targets) {
          List<String> tail = sequence.subList(sequence.size() - warm, sequence.size());
          run(http, target, tail, clientCount, warm, Math.min(30, duration), requestTimeout, new Latencies());
        }
        List<Latencies> tallies = targets.stream().map(t -> new Latencies()).toList();
        int offset = 0;
        for (int round = 0; round < slices; round++) {
          int inRound = measured / slices + (round < measured % slices ? 1 : 0);
          for (int t = 0; t < targets.size(); t++) {
            run(http, targets.get(t), rotated(sequence, offset), clientCount, inRound, duration / slices,
                requestTimeout, tallies.get(t));
          }
          offset += inRound;
        }
        for (int t = 0; t < targets.size(); t++) {
          Latencies.Summary row = tallies.get(t).summary(targets.get(t).label(), clientCount);
          rows.add(row);
          out.printf(Locale.ROOT, "%-14s %7d %9d %8.1f %8.2f %8.2f %8.2f %7d%n", row.target(), clientCount,
              row.requests(), row.qps(), row.p50(), row.p95(), row.p99(), row.errors());
          if (row.firstError() != null) {
            out.println("  first error: " + row.firstError());
          }
        }
        if (targets.size() > 1) {
          Latencies.Summary first = rows.get(rows.size() - targets.size());
          for (int t = 1; t < targets.size(); t++) {
            Latencies.Summary other = rows.get(rows.size() - targets.size() + t);
            out.printf(Locale.ROOT, "  %s / %s at %d clients: QPS x%.2f, p50 x%.2f%n", first.target(), other.target(),
                clientCount, first.qps() / Math.max(other.qps(), 1e-9), first.p50() / Math.max(other.p50(), 1e-9));
          }
        }
      }
    }
    if (json != null) {
      Files.writeString(json, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(rows),
          StandardCharsets.UTF_8);
    }
    return rows.stream().anyMatch(r -> r.errors() > 0) ? 1 : 0;
  }

  private static List<String> rotated(List<String> sequence, int offset) {
    int start = offset % sequence.size();
    List<String> rotated = new ArrayList<>(sequence.subList(start, sequence.size()));
    rotated.addAll(sequence.subList(0, start));
    return rotated;
  }

  /**
   * {@code clients} threads take the next query in turn until {@code limit} requests were sent or
   * {@code seconds} passed; the sequence repeats if the limit is longer.
   */
  private static void run(HttpClient http, SearchTarget target, List<String> sequence, int clients, int limit,
      double seconds, Duration requestTimeout, Latencies tally) throws InterruptedException {
    if (limit <= 0 || sequence.isEmpty()) {
      return;
    }
    AtomicInteger next = new AtomicInteger();
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    List<Thread> threads = new ArrayList<>(clients);
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      threads.add(Thread.ofPlatform().name("load-client-" + c).start(() -> {
        for (int i = next.getAndIncrement(); i < limit && System.nanoTime() < deadline; i = next.getAndIncrement()) {
          HttpRequest request = target.request(sequence.get(i % sequence.size()), requestTimeout);
          long sent = System.nanoTime();
          try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - sent;
            if (response.statusCode() / 100 == 2) {
              tally.add(took);
            } else {
              tally.error("HTTP " + response.statusCode() + " for " + request.uri());
            }
          } catch (IOException e) {
            tally.error(e + " for " + request.uri());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    tally.addWall(System.nanoTime() - start);
  }
}
