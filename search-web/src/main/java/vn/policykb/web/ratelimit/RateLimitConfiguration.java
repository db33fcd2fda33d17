package vn.policykb.web.ratelimit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/** The API's per-client rate limit, on unless {@code kb.rate-limit.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kb.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
class RateLimitConfiguration {

  @Bean
  FilterRegistrationBean<ApiRateLimitFilter> apiRateLimit(RateLimitProperties limits, JsonMapper json) {
    FilterRegistrationBean<ApiRateLimitFilter> registration =
        new FilterRegistrationBean<>(new ApiRateLimitFilter(new ClientBuckets(limits), json));
    registration.addUrlPatterns("/api/*");
    // before the work of any other filter: a refused request costs as little as possible
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
