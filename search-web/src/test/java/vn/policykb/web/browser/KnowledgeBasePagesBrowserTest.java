package vn.policykb.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.policykb.ingest.document.DocumentIds;

/** The document, quote, resolution and person pages in a real headless Chromium, over the bundled corpus. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KnowledgeBasePagesBrowserTest {

  static final String SEED_000 = DocumentIds.fromKey("000_65d2c3e8a35fedad.txt");

  @TempDir
  static Path dataDir;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("kb.data-dir", () -> dataDir.toString());
  }

  static Browser browser;

  @LocalServerPort
  int port;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void desktop() {
    browser.desktopWidth();
  }

  private void open(String pathAndQuery) {
    browser.driver.get("http://localhost:" + port + pathAndQuery);
  }

  @Test
  void aDocumentShowsItsTextWithQuotesMarkedAndLinksItsPeopleAndResolutions() throws Exception {
    open("/documents/" + SEED_000);

    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).startsWith("Party General Secretary Tô Lâm");
    assertThat(browser.driver.findElements(By.cssSelector(".document .text p")).size()).isGreaterThan(3);
    assertThat(browser.driver.findElements(By.cssSelector(".document .text mark.quote"))).isNotEmpty();
    assertThat(browser.driver.findElement(By.cssSelector(".document-facts a[href='/people/to-lam']")).getText())
        .isEqualTo("Tô Lâm");
    assertThat(browser.driver.findElement(By.cssSelector(".document-facts a[href='/resolutions/57']")).getText())
        .isEqualTo("57-NQ/TW");
    browser.screenshot("document");
  }

  @Test
  void aSearchResultTitleLeadsToItsDocument() {
    open("/?q=to+lam");
    browser.driver.findElement(By.cssSelector(".result .title a")).click();
    assertThat(browser.driver.getCurrentUrl()).contains("/documents/");
    assertThat(browser.driver.findElements(By.cssSelector(".document .text p"))).isNotEmpty();
  }

  @Test
  void copyCitationPutsTheCitationOnTheClipboardAndSaysSo() throws Exception {
    open("/quotes?speaker=to+lam");
    // a headless browser asks no one: grant the page the clipboard
    browser.driver.executeCdpCommand("Browser.grantPermissions", Map.of(
        "origin", "http://localhost:" + port, "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    WebElement card = browser.driver.findElement(By.cssSelector(".quote-card"));
    String citation = card.findElement(By.cssSelector("input.citation")).getAttribute("value");
    assertThat(citation).startsWith("Tô Lâm, ");

    card.findElement(By.cssSelector("button.copy")).click();
    WebElement status = card.findElement(By.cssSelector(".copied"));
    new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> !status.getText().isEmpty());
    assertThat(status.getText()).isEqualTo("Citation copied");
    Object clipboard = browser.driver.executeAsyncScript(
        "var done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, function (e) { done('error: ' + e); });");
    assertThat(clipboard).isEqualTo(citation);
    browser.screenshot("quotes");
  }

  @Test
  void aResolutionPageDrawsItsCoverageChart() throws Exception {
    open("/resolutions/57");

    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Resolution 57-NQ/TW");
    assertThat(browser.driver.findElements(By.cssSelector("svg.coverage"))).hasSize(1);
    List<WebElement> bars = browser.driver.findElements(By.cssSelector("svg.coverage .bar rect"));
    assertThat(bars).isNotEmpty();
    assertThat(bars.getFirst().getRect().getHeight()).isPositive();
    assertThat(browser.driver.findElements(By.cssSelector(".status.verified"))).isNotEmpty();
    assertThat(browser.driver.findElements(By.cssSelector(".doc-list li"))).hasSize(3);
    browser.screenshot("resolution-57");
  }

  @Test
  void aPersonPageShowsRolesQuotesAndDocuments() throws Exception {
    open("/people/to-lam");

    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tô Lâm");
    assertThat(browser.driver.findElement(By.cssSelector(".facts")).getText()).contains("General Secretary");
    assertThat(browser.driver.findElements(By.cssSelector(".quote-card"))).isNotEmpty();
    assertThat(browser.driver.findElements(By.cssSelector(".doc-list li")).size()).isGreaterThanOrEqualTo(3);
    assertThat(browser.driver.findElements(By.cssSelector("svg.coverage .bar rect"))).isNotEmpty();
    browser.screenshot("person-to-lam");
  }

  @Test
  void theNewPagesHaveNoSeriousAccessibilityViolations() {
    for (String page : List.of("/documents/" + SEED_000, "/quotes?speaker=to+lam", "/quotes?q=zzzz",
        "/resolutions/57", "/resolutions/59", "/people/to-lam", "/documents/nope")) {
      open(page);
      assertThat(browser.seriousViolations()).as(page).isEmpty();
    }
  }

  @Test
  void theNewPagesFitAPhoneScreen() throws Exception {
    browser.phoneWidth();
    for (String page : List.of("/documents/" + SEED_000, "/quotes?speaker=to+lam", "/resolutions/57", "/people/to-lam")) {
      open(page);
      Number overflow = (Number) browser.script(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(overflow.intValue()).as("horizontal overflow of %s in px", page).isLessThanOrEqualTo(0);
    }
    open("/resolutions/57");
    browser.screenshot("resolution-57-phone");
  }
}
