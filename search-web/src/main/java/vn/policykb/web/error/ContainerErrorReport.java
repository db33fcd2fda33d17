package vn.policykb.web.error;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error report replaced: what the container refuses before the application sees it (an
 * address it cannot decode, an escaped {@code /}, {@code \} or NUL in the path, headers too large)
 * is answered as the application answers: a problem for the API, else a short page in the interface
 * language. Never Tomcat's page, which names its classes and version.
 */
final class ContainerErrorReport extends ErrorReportValve {

  private final MessageSource messages;
  private final JsonMapper json;

  ContainerErrorReport(MessageSource messages, JsonMapper json) {
    this.messages = messages;
    this.json = json;
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0) {
      return;
    }
    try {
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer == null) {
        return; // the response is already being written
      }
      if (ErrorAnswer.forApi(request)) {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        writer.write(json.writeValueAsString(ErrorAnswer.problem(request, status)));
      } else {
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        writer.write(page(ErrorLanguage.of(request), status));
      }
      writer.flush();
    } catch (IOException | RuntimeException e) {
      // the client is gone or the answer cannot be written: nothing more to tell it
    }
  }

  private String page(Locale locale, int status) {
    String heading = message(status == 404 ? "notfound.heading" : "error.heading." + (status == 400 ? 400 : "other"),
        locale, status);
    return """
        <!DOCTYPE html>
        <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s</title><link rel="stylesheet" href="/css/app.css"></head>
        <body><main id="main"><h1>%s</h1><p>%s</p><p><a href="/">%s</a></p></main></body></html>
        """.formatted(locale.getLanguage(), escaped(message("error.title", locale, status)), escaped(heading),
        escaped(message(status == 400 ? "error.address" : "error.other", locale, status)),
        escaped(message("notfound.home", locale, status)));
  }

  private String message(String key, Locale locale, int status) {
    return messages.getMessage(key, new Object[] {status}, key, locale);
  }

  private static String escaped(String text) {
    return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
  }
}
