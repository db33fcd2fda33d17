package vn.policykb.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import tools.jackson.databind.json.JsonMapper;
import vn.policykb.web.crawl.AdminProperties;

/**
 * The admin addresses ({@code /admin}, {@code /admin/**}, {@code /api/admin/**}) behind HTTP Basic
 * with the credentials of {@code kb.admin.*}; with none configured they answer 404, so that a
 * forgotten setting never leaves them open. Every other address is outside this chain: public,
 * without a session or Spring Security's response headers.
 *
 * <p>A browser sends Basic credentials it has cached along with any request, whoever's page makes
 * it. So the admin page's forms carry a CSRF token, and a change asked from another site's page (its
 * {@code Origin} or {@code Referer} says so) is refused even to the admin; the JSON endpoints, for
 * clients that are not browsers, need no token, nor either header.
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurityConfiguration {

  private static final String[] ADMIN = {"/admin", "/admin/**", "/api/admin/**"};
  private static final String API = "/api/admin/**";
  private static final String REALM = "policy-kb admin";

  /**
   * The lowest cost: the hash lives only in memory, next to the password it came from, so a higher
   * cost would protect nothing while Basic checks it on every request; what matters is that the
   * comparison takes the same time whatever the password sent.
   */
  private static final int BCRYPT_COST = 4;

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder(BCRYPT_COST);
  }

  @Bean
  UserDetailsService adminUsers(AdminProperties admin, PasswordEncoder encoder) {
    if (!admin.configured()) {
      return new InMemoryUserDetailsManager();
    }
    return new InMemoryUserDetailsManager(User.withUsername(admin.username())
        .password(encoder.encode(admin.password())).roles("ADMIN").build());
  }

  /** A path the request firewall refuses, on any address: a 400 problem, as a bad parameter gets. */
  @Bean
  RequestRejectedHandler requestRejectedHandler(JsonMapper mapper) {
    return new ProblemAnswer(HttpStatus.BAD_REQUEST, "the address has characters no page takes (;, an encoded % or /)",
        null, new JacksonJsonHttpMessageConverter(mapper.rebuild()));
  }

  @Bean
  SecurityFilterChain adminFilterChain(HttpSecurity http, AdminProperties admin, JsonMapper mapper) throws Exception {
    JacksonJsonHttpMessageConverter json = new JacksonJsonHttpMessageConverter(mapper.rebuild());
    http.securityMatcher(ADMIN)
        // no login page to return to: a refusal must not start a session to remember the request
        .requestCache(cache -> cache.disable())
        .logout(logout -> logout.disable());
    if (!admin.configured()) {
      ProblemAnswer notFound = new ProblemAnswer(HttpStatus.NOT_FOUND, "no such resource", null, json);
      return http.csrf(csrf -> csrf.disable())
          .authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
          .exceptionHandling(refusal -> refusal.authenticationEntryPoint(notFound).accessDeniedHandler(notFound))
          .build();
    }
    ProblemAnswer unauthorized = new ProblemAnswer(HttpStatus.UNAUTHORIZED, "give the admin credentials (HTTP Basic)",
        "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"", json);
    ProblemAnswer forbidden = new ProblemAnswer(HttpStatus.FORBIDDEN,
        "a change must be asked from this site's own pages", null, json);
    return http.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorized))
        // API clients send the credentials with each request, and no token
        .csrf(csrf -> csrf.ignoringRequestMatchers(API).csrfTokenRequestHandler(new UploadCsrfTokenRequestHandler()))
        .authorizeHttpRequests(requests -> requests
            // a change (any method but GET, HEAD, TRACE, OPTIONS) asked from another site's page
            .requestMatchers(new AndRequestMatcher(CsrfFilter.DEFAULT_CSRF_MATCHER, new CrossSiteRequestMatcher())).denyAll()
            .anyRequest().authenticated())
        .exceptionHandling(refusal -> refusal.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
        .build();
  }
}
