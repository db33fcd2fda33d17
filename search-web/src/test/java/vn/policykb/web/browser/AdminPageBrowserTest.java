package vn.policykb.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The admin page in a real headless Chromium: a file uploaded through the form is ingested and reported. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminPageBrowserTest {

  @TempDir
  static Path dataDir;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("kb.data-dir", () -> dataDir.resolve("data").toString());
    registry.add("kb.admin.username", () -> "admin");
    registry.add("kb.admin.password", () -> "s3cret");
  }

  static Browser browser;

  @LocalServerPort
  int port;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = Browser.start();
    // every request of the browser carries the credentials, as after a login to the Basic prompt
    browser.driver.executeCdpCommand("Network.enable", Map.of());
    browser.driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
        "Basic " + Base64.getEncoder().encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8)))));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aFileUploadedThroughTheFormIsIngestedAndReported() throws Exception {
    browser.driver.get("http://localhost:" + port + "/admin");
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Administration");
    assertThat(browser.driver.findElement(By.cssSelector(".document-count")).getText()).isEqualTo("5");
    assertThat(browser.seriousViolations()).isEmpty();

    Path article = dataDir.resolve("can-tho-lab.txt");
    Files.writeString(article, """
        Cần Thơ mở phòng thí nghiệm lúa chịu mặn

        Thành phố Cần Thơ vừa đưa vào hoạt động phòng thí nghiệm giống lúa chịu mặn, \
        một dự án thực hiện Nghị quyết 57-NQ/TW về khoa học, công nghệ và đổi mới sáng tạo.

        Các nhà khoa học của trường đại học sẽ thử nghiệm những giống lúa mới trên đồng ruộng ven biển.
        """, StandardCharsets.UTF_8);
    browser.driver.findElement(By.id("files")).sendKeys(article.toString());
    browser.driver.findElement(By.cssSelector("#upload button[type=submit]")).click();

    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(d -> d.getCurrentUrl().contains("upload=done"));
    assertThat(browser.driver.findElement(By.cssSelector("#upload .outcome")).getText()).startsWith("Ingested");
    assertThat(browser.driver.findElement(By.cssSelector(".entries .entry .where")).getText())
        .isEqualTo("can-tho-lab.txt");
    assertThat(browser.driver.findElement(By.cssSelector(".entries .entry .status-text")).getText()).isEqualTo("added");
    assertThat(browser.driver.findElement(By.cssSelector(".document-count")).getText()).isEqualTo("6");
    assertThat(browser.seriousViolations()).isEmpty();
    browser.script("window.scrollTo(0, 0)");
    browser.screenshot("admin");
  }
}
