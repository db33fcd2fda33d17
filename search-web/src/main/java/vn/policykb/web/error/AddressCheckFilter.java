package vn.policykb.web.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads every query string strictly before anything else reads it (the container would drop a
 * parameter it cannot decode, or fail on it later): one it refuses is a 400 answered by the error
 * page, which says why and names the parameter. Only the address is read, never a body, so that an
 * upload is still parsed by the endpoint that can answer one too large.
 */
final class AddressCheckFilter extends OncePerRequestFilter {

  /** The request attribute naming the parameter refused, for the error page. */
  static final String PARAMETER = AddressCheckFilter.class.getName() + ".parameter";
  /** The request attribute saying why, for the error page: the container's own message is not shown. */
  static final String DETAIL = AddressCheckFilter.class.getName() + ".detail";

  private final int maxParameters;

  AddressCheckFilter(int maxParameters) {
    this.maxParameters = maxParameters;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      QueryString.parse(request.getQueryString(), maxParameters);
    } catch (QueryString.Refused refused) {
      if (refused.parameter() != null) {
        request.setAttribute(PARAMETER, refused.parameter());
      }
      request.setAttribute(DETAIL, refused.getMessage());
      response.sendError(HttpStatus.BAD_REQUEST.value(), refused.getMessage());
      return;
    }
    chain.doFilter(request, response);
  }
}
