package vn.policykb.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Where the container sends an error the application did not answer itself (a refused address, an
 * unknown page): a problem for an address of the API, else the error page in the interface
 * language. Never the container's message, which may name its classes, only the application's own.
 */
@Controller
class ErrorPageController implements ErrorController {

  private final LocaleResolver locales;

  ErrorPageController(LocaleResolver locales) {
    this.locales = locales;
  }

  @RequestMapping(value = "/error", produces = MediaType.APPLICATION_PROBLEM_JSON_VALUE)
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
    return ResponseEntity.status(status(request)).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ErrorAnswer.problem(request, status(request).value()));
  }

  @RequestMapping("/error")
  Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
    if (ErrorAnswer.forApi(request)) {
      return problem(request);
    }
    Locale asked = ErrorLanguage.asked(request);
    if (asked != null) {
      locales.setLocale(request, response, asked);
      model.addAttribute("ui", "vi".equals(asked.getLanguage()) ? "vi" : "en");
    }
    HttpStatusCode status = status(request);
    response.setStatus(status.value());
    model.addAttribute("status", status.value());
    model.addAttribute("parameter", request.getAttribute(AddressCheckFilter.PARAMETER));
    return "error";
  }

  private static HttpStatusCode status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    return code instanceof Integer status && status >= 400 ? HttpStatusCode.valueOf(status)
        : HttpStatus.INTERNAL_SERVER_ERROR;
  }
}
