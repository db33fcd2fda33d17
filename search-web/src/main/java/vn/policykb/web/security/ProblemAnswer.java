package vn.policykb.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import vn.policykb.web.error.Problems;

/**
 * A refused request, answered as an RFC 9457 problem like every other error of the API: never an
 * HTML error page, never a stack trace. Refuses the admin addresses to a stranger, and any address
 * whose path the request firewall will not take ({@code ;}, an encoded {@code %} or {@code /}).
 *
 * @param challenge the {@code WWW-Authenticate} header to send, or null for none
 */
record ProblemAnswer(HttpStatus status, String detail, String challenge, JacksonJsonHttpMessageConverter json)
    implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
      throws IOException {
    write(response);
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    write(response);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(response);
  }

  private void write(HttpServletResponse response) throws IOException {
    ServletServerHttpResponse answer = new ServletServerHttpResponse(response);
    answer.setStatusCode(status);
    if (challenge != null) {
      answer.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
    }
    json.write(Problems.of(status, status.getReasonPhrase(), detail), MediaType.APPLICATION_PROBLEM_JSON, answer);
    answer.flush();
  }
}
