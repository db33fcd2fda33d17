package vn.policykb.benchmarks.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Where the load goes: the app's search address with {@code {q}} where the query goes (a GET), or
 * an OpenSearch index given as {@code opensearch:URL/INDEX}, asked with a search body in which
 * {@code {{q}}} is replaced by the query as a JSON string (a POST to {@code INDEX/_search}).
 */
record SearchTarget(String label, String url, String body) {

  static final String OPENSEARCH = "opensearch:";

  /** {@code [LABEL=]URL}; the label defaults to the host and port. */
  static SearchTarget parse(String spec, String openSearchBody) {
    int eq = spec.indexOf('=');
    boolean labelled = eq > 0 && !spec.substring(0, eq).contains(":") && !spec.substring(0, eq).contains("/");
    String label = labelled ? spec.substring(0, eq) : null;
    String address = labelled ? spec.substring(eq + 1) : spec;
    if (address.startsWith(OPENSEARCH)) {
      if (openSearchBody == null) {
        throw new IllegalArgumentException("an OpenSearch target needs --os-body FILE (the search body, {{q}} for the query)");
      }
      String index = address.substring(OPENSEARCH.length()).replaceAll("/+$", "");
      requireLoopback(index);
      return new SearchTarget(label != null ? label : "opensearch", index + "/_search", openSearchBody);
    }
    if (!address.contains("{q}")) {
      throw new IllegalArgumentException("a search address needs {q} where the query goes: " + address);
    }
    requireLoopback(address);
    return new SearchTarget(label != null ? label : URI.create(address.replace("{q}", "")).getAuthority(), address, null);
  }

  HttpRequest request(String query, Duration timeout) {
    if (body == null) {
      String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
      return HttpRequest.newBuilder(URI.create(url.replace("{q}", encoded))).timeout(timeout).GET().build();
    }
    String json = body.replace("\"{{q}}\"", jsonString(query)).replace("{{q}}", jsonString(query));
    return HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
  }

  /** A load test measures a server on this machine: a remote address is a mistake in the command. */
  private static void requireLoopback(String address) {
    String host = URI.create(address.replace("{q}", "")).getHost();
    if (host == null || !(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
      throw new IllegalArgumentException("only loopback targets are measured: " + address);
    }
  }

  static String jsonString(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
