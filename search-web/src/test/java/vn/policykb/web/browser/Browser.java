package vn.policykb.web.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven through its chromedriver: Debian's {@code chromium} and
 * {@code chromium-driver} ({@code CHROME_BIN} and {@code CHROMEDRIVER} name others). Where they are
 * missing the browser tests are skipped, except on CI ({@code CI=true}), where that is a failure.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final Path CHROME = Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

  final ChromeDriver driver;
  /** Where the browser saves what it downloads. */
  final Path downloads;

  private Browser(ChromeDriver driver, Path downloads) {
    this.driver = driver;
    this.downloads = downloads;
  }

  /** Starts the browser, or skips the calling test where there is none (fails on CI). */
  static Browser start() throws IOException {
    boolean present = Files.isExecutable(CHROME) && Files.isExecutable(DRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("browser tests need " + CHROME + " and " + DRIVER
          + " (apt-get install chromium chromium-driver)");
    }
    // a developer without Chromium still runs every other test; CI never skips (it failed above)
    assumeTrue(present, "no " + CHROME + " or " + DRIVER + ": browser tests skipped");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROME.toFile());
    // the machine's network is closed: no background connections, no first-run, a fresh profile
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--lang=en-US", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    Path downloads = Files.createTempDirectory("chromium-downloads");
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().window().setSize(new Dimension(1280, 900));
    return new Browser(driver, downloads);
  }

  void phoneWidth() {
    driver.manage().window().setSize(new Dimension(390, 844));
  }

  void desktopWidth() {
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  /** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
  Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path file = SCREENSHOTS.resolve(name + ".png");
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    return file;
  }

  /** The serious and critical accessibility violations axe-core finds on the page shown. */
  List<String> seriousViolations() {
    Results results = new AxeBuilder().analyze(driver);
    return results.getViolations().stream()
        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
        .map(Browser::describe)
        .toList();
  }

  private static String describe(Rule rule) {
    return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
  }

  Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  @Override
  public void close() {
    driver.quit();
  }

}
