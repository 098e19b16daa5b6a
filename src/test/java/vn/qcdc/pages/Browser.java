package vn.qcdc.pages;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (nothing downloaded). If the browser cannot start,
 * the test fails: browser tests never skip silently.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final WebDriver driver;
  private final String base;
  private final Path profile;

  Browser(int port) {
    this(port, null);
  }

  /** A browser whose interface and {@code Accept-Language} are {@code language} ({@code vi-VN}, {@code en}). */
  Browser(int port, String language) {
    this.base = "http://localhost:" + port;
    try {
      this.profile = Files.createTempDirectory("chromium-profile-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1366,900");
    if (language != null) {
      options.addArguments("--lang=" + language);
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    }
    // The console is read back by consoleProblems(): CSP violations and script errors appear there only.
    options.setCapability("goog:loggingPrefs", java.util.Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  void open(String path) {
    driver.get(base + path);
  }

  void signIn(String username, String password) {
    open("/dang-nhap");
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("sign-in")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/dang-nhap"));
  }

  /**
   * What the browser console reported as an error or a warning since the last call: Content-Security-Policy
   * violations (a blocked inline script, handler or style) and script errors, each as one line.
   */
  java.util.List<String> consoleProblems() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
        .map(e -> e.getLevel() + " " + e.getMessage()).toList();
  }

  /**
   * Waits until {@code element} has left the page (the click on it led to another page). While the old page is torn
   * down Chrome may answer "Node with given id does not belong to the document" instead of "stale element": both mean
   * the element is gone ({@code ExpectedConditions.stalenessOf} took the first for a failure and broke tests in CI).
   */
  void waitUntilGone(WebElement element) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
      try {
        element.isEnabled();
        return false;
      } catch (StaleElementReferenceException e) {
        return true;
      } catch (WebDriverException e) {
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return true;
        }
        throw e;
      }
    });
  }

  String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  /** Saves the page under target/screenshots at the given window size (height tall enough for the whole page). */
  void screenshot(String name, int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException ignored) {
      // a leftover temp profile is harmless
    }
  }
}
