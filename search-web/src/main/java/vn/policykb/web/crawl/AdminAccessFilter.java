package vn.policykb.web.crawl;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards {@code /api/admin/**} with HTTP Basic and the credentials of {@code kb.admin.*}: a
 * missing or wrong one is answered 401; with no credentials configured the endpoints do not exist
 * (404), so that a forgotten setting never leaves them open.
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
    chain.doFilter(request, response);
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
