package vn.policykb.opensearch.node;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch node in this JVM, on 127.0.0.1 only, with the project's analysis plugin, the
 * analysis-icu plugin and OpenSearch's own modules, all from the classpath: nothing is downloaded
 * or installed. The node keeps its data under {@code --home}, so a restart serves the same indices.
 *
 * <pre>usage: bin/kb-opensearch --home DIR --port PORT</pre>
 *
 * Prints {@code READY http://127.0.0.1:PORT} once the cluster is at least yellow, then serves until
 * the process is stopped; SIGTERM (or Ctrl-C) closes the node cleanly.
 */
public final class DevNodeServer {

  /** The line a starter waits for; the node's URL follows it. */
  public static final String READY = "READY ";

  static final String CLUSTER_NAME = "policykb-dev";
  private static final String ICU_PLUGIN = "org.opensearch.plugin.analysis.icu.AnalysisICUPlugin";
  private static final String PROJECT_PLUGIN = "vn.policykb.opensearch.analysis.PolicyKbAnalysisPlugin";

  private DevNodeServer() {}

  public static void main(String[] args) throws Exception {
    Path home = null;
    int port = 9200;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--home" -> home = Path.of(value(args, ++i, "--home"));
        case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
        case "--help", "-h" -> {
          System.out.println("usage: kb-opensearch --home DIR [--port 9200]");
          return;
        }
        default -> fail("unknown argument " + args[i] + "; usage: kb-opensearch --home DIR [--port 9200]");
      }
    }
    if (home == null) {
      fail("--home DIR is required: the node keeps its indices there");
    }
    serve(home.toAbsolutePath(), port);
  }

  private static void serve(Path home, int port) throws Exception {
    // OpenSearch sends System.out and System.err to its log once the node starts: the READY line
    // goes to the process's own standard output, as it is, for whoever waits for it
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    Files.createDirectories(home);
    long started = System.nanoTime();
    OpenSearchRunner runner = new OpenSearchRunner();
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        runner.close();
      } catch (Exception e) {
        err.println("closing the node: " + e);
      }
      closed.countDown();
    }, "node-shutdown"));
    runner.onBuild((number, settings) -> {
      settings.put("network.host", "127.0.0.1");
      settings.put("http.port", String.valueOf(port));
      settings.put("discovery.type", "single-node");
      // a nearly full disk must not turn a development index read-only without a word
      settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
    }).build(newConfigs()
        .basePath(home.toString())
        .numOfNode(1)
        .clusterName(CLUSTER_NAME)
        .pluginTypes(PROJECT_PLUGIN + "," + ICU_PLUGIN)
        .printOnFailure());
    runner.ensureYellow();
    err.printf("node up in %.1f s, home %s%n", (System.nanoTime() - started) / 1e9, home);
    out.println(READY + "http://127.0.0.1:" + port);
    closed.await();
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      fail(option + " needs a value");
    }
    return args[i];
  }

  private static void fail(String message) {
    System.err.println("kb-opensearch: " + message);
    System.exit(2);
  }
}
