package vn.policykb.web.crawl;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Credentials of the admin addresses ({@code /admin}, {@code /admin/**}, {@code /api/admin/**},
 * HTTP Basic); without both, the addresses are closed.
 */
@ConfigurationProperties("kb.admin")
public record AdminProperties(String username, String password) {

  public boolean configured() {
    return username != null && !username.isBlank() && password != null && !password.isBlank();
  }
}
