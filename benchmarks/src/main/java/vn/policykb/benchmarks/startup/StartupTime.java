package vn.policykb.benchmarks.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Seconds from launching the application to its first answer: each command is started, the URL
 * asked every 50 ms until it answers 200, then the command and its children are stopped; the
 * commands take turns, so that a change in the machine's other load weighs on all alike.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar vn.policykb.benchmarks.startup.StartupTime --runs 5 \
 *     --url 'http://127.0.0.1:18090/api/search?q=to+lam&amp;size=10' --java-opts=-Xmx512m \
 *     'cache=bin/kb-web --kb.data-dir=DIR --server.port=18090' \
 *     'jar=bin/java -Xmx512m -jar search-web/target/search-web.jar --kb.data-dir=DIR --server.port=18090'
 * </pre>
 */
@Command(name = "startup-time", mixinStandardHelpOptions = true,
    description = "Starts each command in turn and prints the seconds to the first 200 of a URL: median, fastest, slowest.")
public final class StartupTime implements Callable<Integer> {

  @Option(names = "--url", required = true, description = "the request whose first 200 ends a start")
  URI url;

  @Option(names = "--runs", defaultValue = "5", description = "starts of each command")
  int runs;

  @Option(names = "--timeout", defaultValue = "180", description = "seconds a start may take before it counts as failed")
  double timeout;

  @Option(names = "--java-opts", defaultValue = "", description = "JAVA_OPTS for the commands (bin/kb-web reads it)")
  String javaOpts;

  @Option(names = "--log-dir", defaultValue = "${java.io.tmpdir}", description = "where each start's output goes")
  Path logDir;

  @Parameters(arity = "1..*", description = "LABEL=COMMAND, the command split on spaces, run from the working directory")
  List<String> commands;

  public static void main(String[] args) {
    System.exit(new CommandLine(new StartupTime()).execute(args));
  }

  private record Target(String label, List<String> command) {
    static Target parse(String spec) {
      int eq = spec.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("not LABEL=COMMAND: " + spec);
      }
      return new Target(spec.substring(0, eq), Arrays.asList(spec.substring(eq + 1).trim().split("\\s+")));
    }
  }

  @Override
  public Integer call() throws Exception {
    List<Target> targets = commands.stream().map(Target::parse).toList();
    List<List<Double>> seconds = targets.stream().map(t -> (List<Double>) new ArrayList<Double>()).toList();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    int failed = 0;
    for (int run = 1; run <= runs; run++) {
      for (int t = 0; t < targets.size(); t++) {
        Target target = targets.get(t);
        double took = start(http, target, logDir.resolve("startup-" + target.label() + "-" + run + ".log"));
        if (Double.isNaN(took)) {
          failed++;
          System.out.printf("%-10s run %d: no answer within %.0f s%n", target.label(), run, timeout);
        } else {
          seconds.get(t).add(took);
          System.out.printf("%-10s run %d: %.2f s%n", target.label(), run, took);
        }
      }
    }
    System.out.printf("%n%-10s %6s %8s %8s %8s%n", "command", "starts", "median s", "fastest", "slowest");
    for (int t = 0; t < targets.size(); t++) {
      List<Double> sorted = seconds.get(t).stream().sorted().toList();
      if (sorted.isEmpty()) {
        continue;
      }
      System.out.printf("%-10s %6d %8.2f %8.2f %8.2f%n", targets.get(t).label(), sorted.size(),
          sorted.get(sorted.size() / 2), sorted.getFirst(), sorted.getLast());
    }
    return failed == 0 ? 0 : 1;
  }

  /** Seconds to the first 200, or NaN when none came in time; the process tree is stopped either way. */
  private double start(HttpClient http, Target target, Path log) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(target.command()).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    if (!javaOpts.isBlank()) {
      env.put("JAVA_OPTS", javaOpts);
    }
    long begin = System.nanoTime();
    Process process = builder.start();
    try {
      long deadline = begin + (long) (timeout * 1e9);
      HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET().build();
      while (System.nanoTime() < deadline && process.isAlive()) {
        try {
          if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return (System.nanoTime() - begin) / 1e9;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(50);
      }
      return Double.NaN;
    } finally {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      process.waitFor();
      Thread.sleep(500);
    }
  }
}
