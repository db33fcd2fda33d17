package vn.policykb.web.crawl;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards {@code /api/admin/**}, {@code /admin} and {@code /admin/**} with HTTP Basic and the
 * credentials of {@code kb.admin.*}: a missing or wrong one is answered 401; with no credentials
 * configured the addresses do not exist (404), so that a forgotten setting never leaves them open.
 *
 * <p>A browser sends Basic credentials it has cached along with any request, whoever's page makes
 * it; so a request that changes something (not GET, HEAD or OPTIONS) must come from this site: an
 * {@code Origin} (or, without one, a {@code Referer}) naming another host is refused (403). The
 * admin page's forms ({@code /admin/**}) must carry one of the two; the JSON endpoints may go
 * without, for clients that are not browsers.
 */
final class AdminAccessFilter extends OncePerRequestFilter {

  private final AdminProperties admin;

  AdminAccessFilter(AdminProperties admin) {
    this.admin = admin;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!admin.configured()) {
      problem(response, 404, "Not Found", "no such resource");
      return;
    }
    if (!authorized(request.getHeader("Authorization"))) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"policy-kb admin\", charset=\"UTF-8\"");
      problem(response, 401, "Unauthorized", "give the admin credentials (HTTP Basic)");
      return;
    }
    if (!safe(request.getMethod()) && !sameOrigin(request)) {
      problem(response, 403, "Forbidden", "a change must be asked from this site's own pages");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean safe(String method) {
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    String from = origin != null && !origin.equals("null") ? origin : request.getHeader("Referer");
    if (origin != null && origin.equals("null")) {
      return false; // an opaque origin: a sandboxed frame, a redirect from elsewhere
    }
    if (from == null) {
      // no browser sends a form without Origin nowadays: only API clients may go without
      return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
    URI uri;
    try {
      uri = new URI(from);
    } catch (URISyntaxException e) {
      return false;
    }
    String host = request.getHeader("Host");
    if (uri.getHost() == null || host == null) {
      return false;
    }
    int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    String expected = authority(host, defaultPort);
    String actual = uri.getHost().toLowerCase(Locale.ROOT) + ":" + (uri.getPort() < 0 ? defaultPort : uri.getPort());
    return expected.equals(actual);
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

  private boolean authorized(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return false;
    }
    // constant-time comparisons: the answer's timing tells nothing about the credentials
    boolean user = MessageDigest.isEqual(decoded.substring(0, colon).getBytes(StandardCharsets.UTF_8),
        admin.username().getBytes(StandardCharsets.UTF_8));
    boolean password = MessageDigest.isEqual(decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8),
        admin.password().getBytes(StandardCharsets.UTF_8));
    return user & password;
  }

  private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
        + ",\"detail\":\"" + detail + "\"}");
  }
}
