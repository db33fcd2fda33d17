package vn.policykb.opensearch.node;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A development node in a child process, for tests: {@code start} forks {@link DevNodeServer} with
 * this module's own classpath and returns once the node answers; {@code close} stops it the way
 * an operator would (SIGTERM), so it closes its indices cleanly.
 *
 * <p>A process rather than a node in the test's JVM: OpenSearch brings log4j2, Jackson 2 and its
 * own netty and Lucene versions, where a Spring Boot application runs logback and Jackson 3, and
 * either side would break on the other's jars. The child's output goes to {@code node.log} in the
 * home folder.
 */
public final class DevNode implements AutoCloseable {

  /** A new home starts in 14–36 s on a busy two-core machine; leave room above that. */
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
  private static final String CLASSPATH_RESOURCE = "classpath.txt";
  private static final int LAST_LINES = 40;

  private final Process process;
  private final URI url;

  private DevNode(Process process, URI url) {
    this.process = process;
    this.url = url;
  }

  /** Starts a node keeping its data in {@code home}, serving HTTP on {@code port}. */
  public static DevNode start(Path home, int port) throws IOException {
    Files.createDirectories(home);
    Path log = home.resolve("node.log");
    List<String> command = new ArrayList<>(List.of(javaCommand(),
        "-Xms512m", "-Xmx1g", "-XX:+UseG1GC", "-XX:-OmitStackTraceInFastThrow",
        "--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
        "-cp", classpath(), DevNodeServer.class.getName(),
        "--home", home.toAbsolutePath().toString(), "--port", String.valueOf(port)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    CompletableFuture<URI> ready = new CompletableFuture<>();
    Deque<String> lastLines = new ArrayDeque<>();
    Thread.ofPlatform().daemon().name("dev-node-output").start(() -> copyOutput(process.getInputStream(), log, ready, lastLines));
    try {
      return new DevNode(process, ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the node started", e);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      String why = e instanceof TimeoutException ? "not ready after " + START_TIMEOUT.toSeconds() + " s" : "exited";
      synchronized (lastLines) {
        throw new IOException("the OpenSearch node " + why + " (log " + log + "); its last lines:\n"
            + String.join("\n", lastLines), e);
      }
    }
  }

  /** Starts a node on a free port. */
  public static DevNode start(Path home) throws IOException {
    return start(home, freePort());
  }

  /** The node's HTTP address, {@code http://127.0.0.1:PORT}. */
  public URI url() {
    return url;
  }

  /** Stops the node (SIGTERM: it closes cleanly), and kills it if it does not stop in time. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** A port nothing listens on now; the node binds it moments later. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  private static void copyOutput(InputStream output, Path log, CompletableFuture<URI> ready, Deque<String> lastLines) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
         Writer writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        writer.write(line);
        writer.write('\n');
        synchronized (lastLines) {
          lastLines.addLast(line);
          if (lastLines.size() > LAST_LINES) {
            lastLines.removeFirst();
          }
        }
        if (line.startsWith(DevNodeServer.READY)) {
          writer.flush();
          ready.complete(new URI(line.substring(DevNodeServer.READY.length()).trim()));
        }
      }
    } catch (IOException | URISyntaxException e) {
      ready.completeExceptionally(e);
    }
    ready.completeExceptionally(new IOException("the node's process ended"));
  }

  /** The JVM running this one: the build's JDK in tests. */
  private static String javaCommand() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** This module's classes or jar, then the dependencies the build wrote down. */
  static String classpath() {
    try (InputStream in = DevNode.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + CLASSPATH_RESOURCE + " beside " + DevNode.class.getName()
            + ": build the opensearch-node module with Maven");
      }
      String dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      String own = Path.of(DevNode.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
      return own + java.io.File.pathSeparator + dependencies;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
