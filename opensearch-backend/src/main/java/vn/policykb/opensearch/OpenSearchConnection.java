package vn.policykb.opensearch;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ResponseException;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cluster, through the OpenSearch Java client over its Apache HttpClient 5 transport. Requests
 * and answers are JSON trees: the index's mapping and queries are built from the project's own
 * schema and queries, not from a fixed set of typed classes. A request that gets no answer, or an
 * answer saying the node is overloaded or unavailable, is tried again with a growing wait; what
 * still fails is an {@link OpenSearchException} naming the request and the reason.
 */
public final class OpenSearchConnection implements Closeable {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Logger log = LoggerFactory.getLogger(OpenSearchConnection.class);
  private static final String JSON_TYPE = "application/json";

  private final OpenSearchClient client;
  private final OpenSearchTransport transport;
  private final Retry retry;
  private final String description;
  private final AtomicInteger retries = new AtomicInteger();

  private OpenSearchConnection(OpenSearchTransport transport, RetryConfig retry, String description) {
    this.transport = transport;
    this.client = new OpenSearchClient(transport);
    this.retry = Retry.of("opensearch", retry);
    this.description = description;
    this.retry.getEventPublisher().onRetry(event -> {
      retries.incrementAndGet();
      log.warn("OpenSearch at {} failed (attempt {} of {}), trying again in {} ms: {}", description,
          event.getNumberOfRetryAttempts(), retry.getMaxAttempts(), event.getWaitInterval().toMillis(),
          event.getLastThrowable() == null ? "" : event.getLastThrowable().getMessage());
    });
  }

  /** Requests tried again since the connection was opened: each after a failure that may pass. */
  public int retries() {
    return retries.get();
  }

  /** Connects to the nodes of the settings, trying a failed request again for about half a minute. */
  public static OpenSearchConnection open(OpenSearchSettings settings) {
    return open(settings, 6, Duration.ofMillis(500));
  }

  /** @param attempts tries of one request, the first included; the wait doubles from {@code firstWait} */
  public static OpenSearchConnection open(OpenSearchSettings settings, int attempts, Duration firstWait) {
    HttpHost[] hosts = settings.urls().stream()
        .map(u -> new HttpHost(u.getScheme(), u.getHost(), u.getPort() < 0 ? 9200 : u.getPort()))
        .toArray(HttpHost[]::new);
    ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(hosts);
    if (settings.username() != null && !settings.username().isBlank()) {
      BasicCredentialsProvider credentials = new BasicCredentialsProvider();
      String password = settings.password() == null ? "" : settings.password();
      for (HttpHost host : hosts) {
        credentials.setCredentials(new AuthScope(host),
            new UsernamePasswordCredentials(settings.username(), password.toCharArray()));
      }
      builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
    }
    RetryConfig retry = RetryConfig.custom()
        .maxAttempts(attempts)
        .intervalFunction(IntervalFunction.ofExponentialBackoff(firstWait, 2.0, Duration.ofSeconds(10)))
        .retryOnException(e -> e instanceof OpenSearchException failure && failure.transientFailure())
        .build();
    return new OpenSearchConnection(builder.build(), retry, settings.urls().stream().map(URI::toString).toList().toString());
  }

  /** The nodes, for messages. */
  public String description() {
    return description;
  }

  /** The typed client, for what the JSON calls do not cover. */
  public OpenSearchClient client() {
    return client;
  }

  public JsonNode get(String endpoint) throws IOException {
    return call("GET", endpoint, null, JSON_TYPE, Map.of());
  }

  public JsonNode delete(String endpoint) throws IOException {
    return call("DELETE", endpoint, null, JSON_TYPE, Map.of());
  }

  public JsonNode put(String endpoint, JsonNode body) throws IOException {
    return call("PUT", endpoint, JSON.writeValueAsBytes(body), JSON_TYPE, Map.of());
  }

  public JsonNode post(String endpoint, JsonNode body) throws IOException {
    return call("POST", endpoint, body == null ? null : JSON.writeValueAsBytes(body), JSON_TYPE, Map.of());
  }

  /** A POST of JSON lines ({@code _bulk}, {@code _msearch}), as they are. */
  public JsonNode lines(String endpoint, String ndjson) throws IOException {
    return call("POST", endpoint, ndjson.getBytes(StandardCharsets.UTF_8), "application/x-ndjson", Map.of());
  }

  /** Whether the endpoint answers 200 to HEAD (an index or alias that exists). */
  public boolean exists(String endpoint) throws IOException {
    try {
      call("HEAD", endpoint, null, JSON_TYPE, Map.of());
      return true;
    } catch (OpenSearchException e) {
      if (e.status() == 404) {
        return false;
      }
      throw e;
    }
  }

  private JsonNode call(String method, String endpoint, byte[] body, String type, Map<String, String> parameters)
      throws IOException {
    try {
      return retry.executeCheckedSupplier(() -> once(method, endpoint, body, type, parameters));
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Throwable e) {
      throw new OpenSearchException(method + " " + endpoint + " on " + description + ": " + e, e);
    }
  }

  private JsonNode once(String method, String endpoint, byte[] body, String type, Map<String, String> parameters)
      throws IOException {
    Body content = body == null ? null : Body.from(body, type);
    Response response;
    try {
      response = client.generic().execute(Requests.create(method, endpoint, List.of(), parameters, content));
    } catch (ResponseException e) {
      // an answer with an error status: the transport puts the server's body after the status line
      String message = e.getMessage() == null ? "" : e.getMessage();
      int start = message.indexOf('\n');
      throw new OpenSearchException(method + " " + endpoint + " on " + description + ": " + e.status() + " "
          + reason(start < 0 ? message : message.substring(start + 1)), e.status());
    } catch (IOException | RuntimeException e) {
      // no answer: the node is down, unreachable or timed out
      throw new OpenSearchException(method + " " + endpoint + ": no answer from " + description + ": " + e.getMessage(), e);
    }
    try (response) {
      String text = response.getBody().map(Body::bodyAsString).orElse("");
      if (response.getStatus() >= 300) {
        throw new OpenSearchException(method + " " + endpoint + " on " + description + ": " + response.getStatus()
            + " " + reason(text), response.getStatus());
      }
      return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
    }
  }

  /** The server's reason from an error answer, else the answer itself, shortened. */
  private static String reason(String text) {
    try {
      JsonNode error = JSON.readTree(text).path("error");
      JsonNode root = error.path("root_cause").path(0);
      JsonNode best = root.isMissingNode() ? error : root;
      if (best.has("reason")) {
        return best.path("type").asString("") + ": " + best.path("reason").asString("");
      }
    } catch (RuntimeException ignored) {
      // not JSON: shown as it is
    }
    return text.length() > 500 ? text.substring(0, 500) + "…" : text;
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
