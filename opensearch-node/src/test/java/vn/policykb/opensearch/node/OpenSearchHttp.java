package vn.policykb.opensearch.node;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** JSON over HTTP to the node, as any client of OpenSearch's REST API sends it. */
record OpenSearchHttp(URI base) {

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  static final JsonMapper JSON = JsonMapper.builder().build();

  JsonNode get(String path) throws IOException {
    return send("GET", path, null);
  }

  JsonNode post(String path, Object body) throws IOException {
    return send("POST", path, body);
  }

  JsonNode put(String path, Object body) throws IOException {
    return send("PUT", path, body);
  }

  void deleteIfPresent(String index) throws IOException {
    HttpResponse<String> response = exchange("DELETE", "/" + index, null);
    if (response.statusCode() != 200 && response.statusCode() != 404) {
      throw new IOException("DELETE /" + index + ": " + response.statusCode() + " " + response.body());
    }
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  private JsonNode send(String method, String path, Object body) throws IOException {
    HttpResponse<String> response = exchange(method, path, body);
    if (response.statusCode() >= 300) {
      throw new IOException(method + " " + path + ": " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> exchange(String method, String path, Object body) throws IOException {
    String json = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
        .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + method + " " + path, e);
    }
  }
}
