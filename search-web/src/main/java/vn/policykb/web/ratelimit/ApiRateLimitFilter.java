package vn.policykb.web.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits the public API per client (its remote address): past the limit a request is answered
 * {@code 429} with {@code Retry-After} and a problem detail, and costs nothing more. The admin API
 * is left to its credentials.
 */
final class ApiRateLimitFilter extends OncePerRequestFilter {

  private final ClientBuckets buckets;
  private final JsonMapper json;

  ApiRateLimitFilter(ClientBuckets buckets, JsonMapper json) {
    this.buckets = buckets;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.startsWith("/api/") || path.startsWith("/api/admin/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ConsumptionProbe probe = buckets.take(request.getRemoteAddr());
    if (probe.isConsumed()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "https://www.rfc-editor.org/rfc/rfc6585#section-4");
    problem.put("title", "Too Many Requests");
    problem.put("status", 429);
    problem.put("detail", "too many requests from this client: try again in " + seconds + " s");
    problem.put("instance", request.getRequestURI());
    response.setStatus(429);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json.writeValueAsString(problem));
  }
}
