package vn.policykb.web.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Without admin credentials configured, the admin endpoints do not exist; without sources, no crawl is scheduled. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminClosedTest {

  @TempDir
  static Path dataDir;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("kb.data-dir", dataDir::toString);
    registry.add("kb.bundled-corpus", () -> "false");
  }

  @Autowired
  MockMvc mvc;

  @Autowired
  CrawlService crawls;

  @Test
  void adminEndpointsAreClosed() throws Exception {
    assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/admin/crawls")
        .header("Authorization", "Basic YWRtaW46YWRtaW4=")).andReturn().getResponse().getStatus()).isEqualTo(404);
    for (String path : new String[] {"/admin", "/admin/", "/admin/ingest"}) {
      assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
          .header("Authorization", "Basic YWRtaW46YWRtaW4=")).andReturn().getResponse().getStatus())
          .as(path).isEqualTo(404);
    }
    for (String path : new String[] {"/admin/ingest", "/admin/crawl", "/api/admin/ingest"}) {
      assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
          .header("Authorization", "Basic YWRtaW46YWRtaW4=")).andReturn().getResponse().getStatus())
          .as(path).isEqualTo(404);
    }
  }

  @Test
  void theClosedAddressesAnswerWithAProblemAndNoChallenge() throws Exception {
    for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
        MockMvcRequestBuilders.get("/api/admin/crawls"), MockMvcRequestBuilders.post("/api/admin/ingest"),
        MockMvcRequestBuilders.get("/admin").header("Accept", "text/html"),
        MockMvcRequestBuilders.post("/admin/crawl").header("Origin", "http://evil.example")}) {
      MockHttpServletResponse answer = mvc.perform(request).andReturn().getResponse();
      assertThat(answer.getStatus()).isEqualTo(404);
      assertThat(answer.getContentType()).startsWith("application/problem+json");
      assertThat(answer.getContentAsString()).contains("\"status\":404").contains("\"title\":\"Not Found\"")
          .doesNotContain("<html");
      assertThat(answer.getHeader("WWW-Authenticate")).isNull();
      assertThat(answer.getCookies()).isEmpty();
    }
  }

  @Test
  void noSourcesFileMeansNoCrawl() throws Exception {
    assertThat(crawls.configured()).isFalse();
    assertThat(crawls.runNow()).isEmpty();
    assertThat(crawls.startInBackground()).isEqualTo(CrawlService.Start.NOT_CONFIGURED);
  }
}
