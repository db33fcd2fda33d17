package vn.policykb.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Typeahead, the timeline and quote provenance in a real headless Chromium, over the bundled corpus. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResearchBrowserTest {

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

  private void open(String pathAndQuery) {
    browser.driver.get("http://localhost:" + port + pathAndQuery);
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser.driver, Duration.ofSeconds(10));
  }

  @Test
  void typeaheadIsAComboboxTheKeyboardDrives() throws Exception {
    open("/");
    WebElement box = browser.driver.findElement(By.id("q"));
    assertThat(box.getAttribute("role")).isEqualTo("combobox");
    assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
    box.sendKeys("to lam");
    WebElement list = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("q-suggestions")));
    assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
    // answers to the words typed before may still arrive: the list shown is the last one's
    Thread.sleep(800);
    WebElement first = list.findElement(By.cssSelector("[role=option]"));
    assertThat(first.getText()).contains("Tô Lâm");
    assertThat(browser.driver.findElement(By.id("q-status")).getText()).isNotBlank();

    box.sendKeys(Keys.ARROW_DOWN);
    WebElement active = browser.driver.findElement(By.id(box.getAttribute("aria-activedescendant")));
    assertThat(active.getText()).contains("Tô Lâm");
    assertThat(active.getAttribute("aria-selected")).isEqualTo("true");
    assertThat(browser.seriousViolations()).as("accessibility with the list open").isEmpty();
    box.click();
    box.sendKeys(Keys.ARROW_DOWN);
    waiting().until(ExpectedConditions.visibilityOf(list));
    box.sendKeys(Keys.ESCAPE);
    assertThat(list.isDisplayed()).isFalse();
    assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");

    box.sendKeys(Keys.ARROW_DOWN);
    waiting().until(ExpectedConditions.visibilityOf(list));
    box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
    waiting().until(ExpectedConditions.urlContains("q=T%C3%B4+L%C3%A2m"));
    assertThat(browser.driver.findElements(By.cssSelector(".result"))).hasSize(3);
    browser.screenshot("typeahead-chosen");
  }

  @Test
  void theTimelineDrawsALineAQueryWithItsDataAsATable() throws Exception {
    open("/?q=to+lam");
    WebElement chart = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".timeline-chart")));
    assertThat(chart.findElements(By.cssSelector("polyline.series"))).hasSize(1);
    assertThat(chart.findElements(By.cssSelector("table.chart-data tbody th")))
        .extracting(WebElement::getText).containsExactly("2025-08", "Undated");
    assertThat(browser.driver.findElement(By.cssSelector(".timeline a.csv")).getAttribute("href"))
        .contains("/api/timeline?", "format=csv", "q=to+lam");

    WebElement second = browser.driver.findElements(By.cssSelector(".timeline-form input[name=q]")).get(1);
    second.sendKeys("innovation");
    new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.cssSelector(".timeline-form select")))
        .selectByValue("day");
    browser.driver.findElement(By.cssSelector(".timeline-form button")).click();
    waiting().until(d -> d.findElements(By.cssSelector(".timeline-chart polyline.series")).size() == 2);
    assertThat(browser.driver.findElements(By.cssSelector(".timeline-chart thead th")))
        .extracting(WebElement::getText).containsExactly("Period", "to lam", "innovation");
    assertThat(browser.driver.findElements(By.cssSelector(".timeline-chart tbody tr"))).hasSize(4);

    browser.driver.findElement(By.cssSelector(".timeline-form input[value=share]")).click();
    assertThat(browser.driver.findElement(By.cssSelector(".timeline-chart tbody td")).getText()).endsWith("%");
    assertThat(browser.driver.findElement(By.cssSelector("a[type='application/atom+xml']")).getAttribute("href"))
        .contains("/feeds/search.atom?q=to+lam");
    assertThat(browser.seriousViolations()).as("accessibility of the page with its chart").isEmpty();
    browser.screenshot("timeline");
  }

  @Test
  void aQuoteListsWhereItWasPublishedFirstMarked() throws Exception {
    open("/quotes?q=" + java.net.URLEncoder.encode("returning home", java.nio.charset.StandardCharsets.UTF_8));
    WebElement button = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.provenance-button")));
    button.click();
    WebElement first = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".publications li.first")));
    assertThat(first.getText()).contains("first published", "2025-08-10");
    assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(browser.seriousViolations()).isEmpty();
  }
}
