package vn.policykb.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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

/** The search page in a real headless Chromium, over the bundled corpus. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchPageBrowserTest {

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

  private List<String> resultTitles() {
    return browser.driver.findElements(By.cssSelector(".result .title")).stream().map(WebElement::getText).toList();
  }

  private static String fold(String text) {
    return java.text.Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace('đ', 'd');
  }

  @Test
  void typingAQueryAndPressingEnterShowsTheResults() throws Exception {
    open("/");
    WebElement box = browser.driver.findElement(By.id("q"));
    assertThat(browser.driver.switchTo().activeElement()).as("the box has the focus").isEqualTo(box);
    box.sendKeys("to lam", Keys.ENTER);
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q=to+lam"));

    assertThat(resultTitles()).hasSize(3);
    assertThat(browser.driver.findElement(By.cssSelector(".count")).getText()).startsWith("3 results for to lam");
    // an unaccented word matches every spelling it folds from: "to" marks "Tô", "tổ", "to"
    List<String> marks = browser.driver.findElements(By.cssSelector(".snippet mark")).stream()
        .map(WebElement::getText).toList();
    assertThat(marks).contains("Tô Lâm")
        .allSatisfy(mark -> assertThat(fold(mark).split(" ")).isSubsetOf("to", "lam"));
    browser.screenshot("search-results");
  }

  @Test
  void clickingAFacetNarrowsTheResultsAndCanBeUndone() throws Exception {
    open("/?q=to+lam");
    browser.driver.findElement(By.cssSelector(".facets a[href*='lang=vi']")).click();

    assertThat(browser.driver.getCurrentUrl()).contains("lang=vi");
    assertThat(resultTitles()).hasSize(1);
    WebElement chip = browser.driver.findElement(By.cssSelector(".active .chip"));
    assertThat(chip.getText()).contains("vi");
    browser.screenshot("search-facet-vi");

    chip.click();
    assertThat(browser.driver.getCurrentUrl()).doesNotContain("lang=");
    assertThat(resultTitles()).hasSize(3);
  }

  @Test
  void theInterfaceLanguageSwitchesAndIsRemembered() throws Exception {
    open("/?q=to+lam");
    try {
      browser.driver.findElement(By.cssSelector(".ui-switch a")).click();
      assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
      assertThat(browser.driver.findElement(By.cssSelector(".count")).getText()).isEqualTo("3 kết quả cho “to lam”");
      assertThat(resultTitles()).hasSize(3);
      browser.screenshot("search-results-vi");

      open("/");
      assertThat(browser.driver.findElement(By.cssSelector(".search-form button")).getText()).isEqualTo("Tìm");
      browser.driver.findElement(By.cssSelector(".ui-switch a")).click();
      assertThat(browser.driver.findElement(By.cssSelector(".search-form button")).getText()).isEqualTo("Search");
    } finally {
      browser.driver.manage().deleteAllCookies();
    }
  }

  @Test
  void pagesFollowOneAnotherWithTheSearchKept() throws Exception {
    open("/?q=&size=2");
    List<String> first = resultTitles();
    assertThat(first).hasSize(2);
    browser.driver.findElement(By.cssSelector("a[rel=next]")).click();

    assertThat(browser.driver.getCurrentUrl()).contains("page=2").contains("size=2");
    List<String> second = resultTitles();
    assertThat(second).hasSize(2).doesNotContainAnyElementsOf(first);
    browser.driver.findElement(By.cssSelector("a[rel=next]")).click();
    assertThat(resultTitles()).hasSize(1);
    assertThat(browser.driver.findElements(By.cssSelector("a[rel=next]"))).isEmpty();
  }

  @Test
  void sortingByDateIsKeptInTheAddress() {
    open("/?q=to+lam");
    browser.driver.findElement(By.cssSelector("select[name=sort] option[value=newest]")).click();
    browser.driver.findElement(By.cssSelector(".search-form button")).click();
    // the click starts a navigation: the address changes once the new page is asked for
    new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("sort=newest"));

    assertThat(browser.driver.getCurrentUrl()).contains("sort=newest");
    List<String> dates = browser.driver.findElements(By.cssSelector(".result time")).stream()
        .map(t -> t.getAttribute("datetime")).toList();
    assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder()).first().isEqualTo("2025-08-12");
  }

  @Test
  void theResultListDownloadsAsCsv() throws Exception {
    open("/?q=to+lam");
    browser.driver.findElement(By.linkText("CSV")).click();
    Path file = browser.downloads.resolve("search-results.csv");
    new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> Files.exists(file) && sizeOf(file) > 0);
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.getFirst()).endsWith("id,title,lang,date,source,url,resolutions,citations");
    assertThat(lines).hasSize(4);
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  @Test
  void thePageHasNoSeriousAccessibilityViolations() {
    for (String page : List.of("/", "/?q=to+lam", "/?q=d%E1%BA%BF+m%C3%A8o", "/?q=x&lang=fr", "/?q=to+lam&ui=vi", "/?ui=en")) {
      open(page);
      assertThat(browser.seriousViolations()).as(page).isEmpty();
    }
  }

  @Test
  void thePageFitsAPhoneScreen() throws Exception {
    browser.phoneWidth();
    open("/?q=to+lam");
    Number overflow = (Number) browser.script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow.intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    browser.screenshot("search-results-phone");
  }
}
