package vn.policykb.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** What an error answer says, the same from the error page and from the container's report. */
final class ErrorAnswer {

  private ErrorAnswer() {}

  /** Whether the request was for the API (a problem) rather than a page (HTML). */
  static boolean forApi(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri instanceof String original ? original : request.getRequestURI();
    if (path == null || path.isEmpty()) {
      // an address too long to read: a browser asks for HTML, an API client does not
      String accept = request.getHeader("Accept");
      return accept == null || !accept.contains("text/html");
    }
    return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/v3/api-docs");
  }

  static ProblemDetail problem(HttpServletRequest request, int status) {
    Object detail = request.getAttribute(AddressCheckFilter.DETAIL);
    ProblemDetail problem = Problems.of(HttpStatusCode.valueOf(status), Problems.title(status),
        detail instanceof String why ? why : defaultDetail(status));
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri instanceof String original) {
      try {
        problem.setInstance(new URI(original));
      } catch (URISyntaxException unlike) {
        // the path as sent is no URI: the problem goes without
      }
    }
    Object parameter = request.getAttribute(AddressCheckFilter.PARAMETER);
    if (parameter != null) {
      problem.setProperty(Problems.PARAMETER, parameter);
    }
    return problem;
  }

  /** The container's reasons, in words that name no class of it. */
  static String defaultDetail(int status) {
    return switch (status) {
      case 400 -> "the address cannot be read: characters it must escape, an escape that is not UTF-8, "
          + "or headers too large";
      case 404 -> "no such resource";
      case 405 -> "this address does not take that method";
      case 413 -> "the request is too large";
      case 414 -> "the address is too long";
      case 431 -> "the request headers are too large";
      default -> status >= 500 ? "the server could not answer this request; the error is logged"
          : Problems.title(status).toLowerCase(java.util.Locale.ROOT);
    };
  }
}
