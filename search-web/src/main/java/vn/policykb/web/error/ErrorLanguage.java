package vn.policykb.web.error;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The interface language of an error page, read without trusting the address: the {@code ui}
 * parameter if the query string can be read, else the language cookie, else Accept-Language, as
 * the pages choose it.
 */
final class ErrorLanguage {

  static final Locale VI = Locale.forLanguageTag("vi");
  private static final String PARAMETER = "ui";
  private static final String COOKIE = "kb-ui";

  private ErrorLanguage() {}

  /** The language {@code ui} asked for in the address, or null. */
  static Locale asked(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query == null) {
      return null;
    }
    // pair by pair: another parameter that cannot be read does not hide this one
    for (String pair : query.split("&")) {
      if (pair.equalsIgnoreCase(PARAMETER + "=vi")) {
        return VI;
      }
      if (pair.equalsIgnoreCase(PARAMETER + "=en")) {
        return Locale.ENGLISH;
      }
    }
    return null;
  }

  static Locale of(HttpServletRequest request) {
    Locale asked = asked(request);
    if (asked != null) {
      return asked;
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName())) {
          return cookie.getValue().startsWith("vi") ? VI : Locale.ENGLISH;
        }
      }
    }
    Locale accepted = request.getLocale();
    return accepted != null && "vi".equals(accepted.getLanguage()) ? VI : Locale.ENGLISH;
  }
}
