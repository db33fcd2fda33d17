package vn.policykb.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API of the running application, limited to a burst of 5 requests and 1 a second per client. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"kb.rate-limit.enabled=true", "kb.rate-limit.burst=5", "kb.rate-limit.per-second=1"})
class ApiRateLimitFullStackTest {

  @TempDir
  static Path dataDir;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("kb.data-dir", () -> dataDir.toString());
  }

  @LocalServerPort
  int port;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void pastItsBurstAClientIsToldWhenToComeBackAndPagesStayOpen() throws Exception {
    List<Integer> statuses = new ArrayList<>();
    HttpResponse<String> refused = null;
    for (int i = 0; i < 8; i++) {
      HttpResponse<String> answer = get(i % 2 == 0 ? "/api/search?q=to+lam" : "/api/suggest?q=to");
      statuses.add(answer.statusCode());
      if (answer.statusCode() == 429 && refused == null) {
        refused = answer;
      }
    }

    assertThat(statuses.subList(0, 5)).containsOnly(200);
    assertThat(statuses.subList(5, 8)).contains(429);
    assertThat(refused).isNotNull();
    assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 5L);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    JsonNode problem = JsonMapper.builder().build().readTree(refused.body());
    assertThat(problem.get("status").asInt()).isEqualTo(429);
    assertThat(problem.get("detail").asString()).contains("try again");
    // the pages and the health check are not the API
    assertThat(get("/").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health").statusCode()).isEqualTo(200);

    Thread.sleep(1_100 * Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()));
    assertThat(get("/api/search?q=to+lam").statusCode()).as("after the wait it asked for").isEqualTo(200);
  }
}
