package vn.policykb.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page needs to offer the language switch: the language shown and the other's link. */
@ControllerAdvice
class InterfaceModel {

  /** The interface language: {@code vi} or {@code en}, also the page's {@code lang} attribute. */
  @ModelAttribute("ui")
  String ui(HttpServletRequest request) {
    Locale locale = RequestContextUtils.getLocale(request);
    return InterfaceLanguageConfiguration.InterfaceLanguage.of(locale) == InterfaceLanguageConfiguration.InterfaceLanguage.VI
        ? "vi" : "en";
  }

  /** This very page in the other interface language. */
  @ModelAttribute("otherUi")
  String otherUi(HttpServletRequest request) {
    String other = "vi".equals(ui(request)) ? "en" : "vi";
    String query = request.getQueryString();
    return UriComponentsBuilder.fromPath(request.getRequestURI()).query(query)
        .replaceQueryParam(InterfaceLanguageConfiguration.PARAMETER, other).build().toUriString();
  }
}
