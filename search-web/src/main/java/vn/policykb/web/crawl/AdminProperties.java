package vn.policykb.web.crawl;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Credentials of the admin endpoints ({@code /api/admin/**}, HTTP Basic); without both, the
 * endpoints are closed.
 */
@ConfigurationProperties("kb.admin")
public record AdminProperties(String username, String password) {

  boolean configured() {
    return username != null && !username.isBlank() && password != null && !password.isBlank();
  }
}
