package vn.policykb.web.error;

import java.util.List;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * One answer for a request that cannot be read, whatever refuses it: the strict reading of the
 * address, before anything else reads it; and, for what the container refuses before the
 * application sees it (an address it cannot decode, headers too large), a report valve that answers
 * as the application's error page does instead of Tomcat's own HTML page.
 */
@Configuration(proxyBeanMethods = false)
class ErrorHandlingConfiguration {

  @Bean
  FilterRegistrationBean<AddressCheckFilter> addressCheckFilter(
      @Value("${server.tomcat.max-parameter-count}") int maxParameters) {
    FilterRegistrationBean<AddressCheckFilter> registration =
        new FilterRegistrationBean<>(new AddressCheckFilter(maxParameters));
    // before Spring Security and everything else that may read a parameter
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReport(MessageSource messages, JsonMapper json) {
    ContainerErrorReport report = new ContainerErrorReport(messages, json.rebuild().build());
    return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
      // every customizer has run by now, Spring Boot's report valve among them: replace each
      if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
        Container host = context.getParent();
        for (Valve valve : host.getPipeline().getValves()) {
          if (valve instanceof ErrorReportValve && valve != report) {
            host.getPipeline().removeValve(valve);
          }
        }
        if (!List.of(host.getPipeline().getValves()).contains(report)) {
          host.getPipeline().addValve(report);
        }
      }
    }));
  }
}
