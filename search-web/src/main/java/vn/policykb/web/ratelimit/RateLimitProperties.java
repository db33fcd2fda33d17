package vn.policykb.web.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code kb.rate-limit.*}: how many API requests one client (one remote address)
 * may make.
 *
 * @param enabled whether the API is limited at all
 * @param burst requests a client may make at once, after a pause
 * @param perSecond requests per second a client may keep making
 * @param clients clients remembered at once; the longest unseen is forgotten first
 */
@ConfigurationProperties("kb.rate-limit")
public record RateLimitProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("200") int burst,
    @DefaultValue("50") int perSecond,
    @DefaultValue("10000") int clients) {

  public RateLimitProperties {
    if (burst < 1 || perSecond < 1 || clients < 1) {
      throw new IllegalArgumentException("kb.rate-limit.burst, per-second and clients must be at least 1");
    }
  }
}
