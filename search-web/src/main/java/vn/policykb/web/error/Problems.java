package vn.policykb.web.error;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The problem details (RFC 9457) the API answers with: each has a {@code type}, the section of
 * RFC 9110 that says what its status means, since the API defines no types of its own.
 */
public final class Problems {

  /** The property naming the parameter a problem is about. */
  public static final String PARAMETER = "parameter";

  private Problems() {}

  public static ProblemDetail of(HttpStatusCode status, String title, String detail) {
    ProblemDetail problem = typed(ProblemDetail.forStatusAndDetail(status, detail));
    problem.setTitle(title);
    return problem;
  }

  /** {@code problem}, given the type of its status if it has none. */
  public static ProblemDetail typed(ProblemDetail problem) {
    if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
      problem.setType(URI.create("https://www.rfc-editor.org/rfc/rfc9110#status." + problem.getStatus()));
    }
    return problem;
  }

  /** The standard title of a status: "Bad Request", "Not Found". */
  static String title(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    return known == null ? "Error" : known.getReasonPhrase();
  }
}
