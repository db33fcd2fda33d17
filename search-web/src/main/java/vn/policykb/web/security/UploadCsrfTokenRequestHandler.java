package vn.policykb.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Spring Security's CSRF token handling, able to check an upload over the limits: the servlet
 * container refuses to read such a body, the form's hidden field with it, so the upload form carries
 * the token in its address too and the token is read from there. The upload is then answered with
 * the limits, not refused as forged.
 */
final class UploadCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

  private final XorCsrfTokenRequestAttributeHandler standard = new XorCsrfTokenRequestAttributeHandler();

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
    standard.handle(request, response, token);
  }

  @Override
  public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
    return standard.resolveCsrfTokenValue(new RefusedBodyRequest(request), token);
  }

  /** A request whose parameters come from its address alone when its body cannot be read. */
  private static final class RefusedBodyRequest extends HttpServletRequestWrapper {

    RefusedBodyRequest(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      try {
        return super.getParameter(name);
      } catch (IllegalStateException refused) {
        String query = getQueryString();
        String value = query == null ? null
            : UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst(name);
        return value == null ? null : UriUtils.decode(value, StandardCharsets.UTF_8);
      }
    }
  }
}
