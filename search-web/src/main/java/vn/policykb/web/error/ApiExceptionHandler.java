package vn.policykb.web.error;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.policykb.opensearch.OpenSearchException;

/**
 * Errors as RFC 9457 problem details with a message a user can act on; never a stack trace.
 * Spring MVC's own errors (404, 405, missing parameters) keep their status.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badArgument(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
  }

  /** A parameter of a form body the container could not decode: the address is checked before. */
  @ExceptionHandler(InvalidParameterException.class)
  ProblemDetail badParameter(InvalidParameterException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", "a parameter cannot be read as UTF-8");
  }

  /**
   * The OpenSearch cluster did not answer after its retries (503: try again later) or refused the
   * request (502); either way the reader is told it is the index, not the query.
   */
  @ExceptionHandler(OpenSearchException.class)
  ProblemDetail backend(OpenSearchException e) {
    log.warn("search backend failed: {}", e.getMessage());
    return e.transientFailure()
        ? problem(HttpStatus.SERVICE_UNAVAILABLE, "Search backend unavailable",
            "the search cluster is not answering; try again in a moment")
        : problem(HttpStatus.BAD_GATEWAY, "Search backend error",
            "the search cluster could not answer this request; the error is logged");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("request failed", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
        "the server could not answer this request; the error is logged");
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = e.getPropertyName() == null ? "a parameter" : "parameter '" + e.getPropertyName() + "'";
    Class<?> type = e.getRequiredType();
    String expected = type == int.class || type == Integer.class || type == long.class || type == Long.class
        ? "a whole number" : "of type " + (type == null ? "?" : type.getSimpleName());
    ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "Invalid request",
        "%s must be %s, was '%s'".formatted(name, expected, e.getValue()));
    return handleExceptionInternal(e, body, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return super.createResponseEntity(body instanceof ProblemDetail problem ? Problems.typed(problem) : body,
        headers, status, request);
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    return Problems.of(status, title, detail);
  }
}
