package vn.policykb.web.ui;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages speak Vietnamese or English: the reader's choice ({@code ?ui=vi}, {@code ?ui=en}),
 * remembered in a cookie for a year, else what the browser asks for (Accept-Language), else
 * English. The parameter is {@code ui}, not {@code lang}, which filters documents by language.
 */
@Configuration
class InterfaceLanguageConfiguration implements WebMvcConfigurer {

  static final String PARAMETER = "ui";
  static final String COOKIE = "kb-ui";

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setDefaultLocaleFunction(request -> InterfaceLanguage.of(request.getLocale()).locale());
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName(PARAMETER);
    change.setIgnoreInvalidLocale(true);
    // not on the admin forms and API: reading a parameter would parse an upload before its endpoint,
    // which alone can answer one that is too large
    // nor on the error page, which may answer an address whose parameters cannot be read
    registry.addInterceptor(change).excludePathPatterns("/admin/*", "/api/admin/**", "/error");
  }

  /** The two languages of the interface. */
  enum InterfaceLanguage {
    VI(Locale.forLanguageTag("vi")), EN(Locale.ENGLISH);

    private final Locale locale;

    InterfaceLanguage(Locale locale) {
      this.locale = locale;
    }

    Locale locale() {
      return locale;
    }

    static InterfaceLanguage of(Locale requested) {
      return requested != null && "vi".equals(requested.getLanguage()) ? VI : EN;
    }
  }
}
