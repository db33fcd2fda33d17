package vn.policykb.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A request asked by another site's page: its {@code Origin} (or, without one, its {@code Referer})
 * names another host than its {@code Host}, or is opaque. A request with neither header, as API
 * clients send, does not match.
 */
final class CrossSiteRequestMatcher implements RequestMatcher {

  @Override
  public boolean matches(HttpServletRequest request) {
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if ("null".equals(origin)) {
      return true; // an opaque origin: a sandboxed frame, a redirect from elsewhere
    }
    String from = origin != null ? origin : request.getHeader(HttpHeaders.REFERER);
    return from != null && !sameHost(from, request.getHeader(HttpHeaders.HOST));
  }

  private static boolean sameHost(String address, String hostHeader) {
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) {
      return false;
    }
    if (uri.getHost() == null || hostHeader == null) {
      return false;
    }
    // the scheme is not compared: behind a proxy that ends TLS, the page is https and the request http
    int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    String actual = uri.getHost().toLowerCase(Locale.ROOT) + ":" + (uri.getPort() < 0 ? defaultPort : uri.getPort());
    return authority(hostHeader, defaultPort).equals(actual);
  }

  /** {@code host:port} of a Host header, the port filled in when absent. */
  private static String authority(String hostHeader, int defaultPort) {
    String host = hostHeader.strip().toLowerCase(Locale.ROOT);
    int colon = host.lastIndexOf(':');
    if (colon > 0 && host.indexOf(']') < colon) {
      return host;
    }
    return host + ":" + defaultPort;
  }
}
