package vn.qcdc.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qcdc.pages.PageCatalogue.Page;

/**
 * Every page of every role ({@link PageCatalogue}) at a phone's 390 px and a laptop's 1366 px: no horizontal
 * scrolling ({@code document.documentElement.scrollWidth} within the viewport), and, rendered in Vietnamese, no enum
 * constant and none of the English phrases users met on Vietnamese pages. Code areas (code, pre, .mono, textarea,
 * the editor) are left out of the language guard: there a code is what the user reads. Screenshots of each page at
 * both widths go to target/screenshots/page-*.png.
 */
@PagesE2ETest
class EveryPageE2ETest {

  static final int[] WIDTHS = {390, 1366};

  /** English phrases and code-like texts once seen on Vietnamese pages (issue #12); extend when a new one shows up. */
  static final List<String> ENGLISH = List.of("These exact bytes", "Required parameter", "is not present",
      "unsupported file type", "Can't open workbook", "Nguồn: workbook", "POST /api/", "(complaints)",
      "Not found", "Something went wrong", "Declared none", "Missing evidence", "is before", "Reported",
      "Not reported", "Evaluated", "Upload", "Evidence dossier", ": expected ", ", got ");

  static final Map<String, Browser> BROWSERS = new HashMap<>();
  static int port;
  static Set<String> constants;

  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void enumConstants(@LocalServerPort int serverPort) {
    port = serverPort;
    constants = new LinkedHashSet<>();
    for (Class<?> type : List.of(vn.qcdc.evaluation.State.class, vn.qcdc.security.Role.class)) {
      Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).forEach(constants::add);
    }
    for (String name : List.of("Grade", "UnitLevel", "Organisation", "CaseType", "ReportType", "MeetingType",
        "BoardType", "PlanKind", "RegulationType", "DecisionResult", "DecisionScope", "DisclosureChannel",
        "IncidentType")) {
      try {
        Class<?> type = Class.forName("vn.qcdc.dossier.facts." + name);
        Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).forEach(constants::add);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("no enum " + name, e);
      }
    }
    constants.addAll(List.of("CHECKING", "DONE", "RUNNING", "FAILED", "DRAFTING", "SUBMITTED", "EVALUATED",
        "SIGNED_OFF", "DURATION"));
    constants.removeIf(c -> c.length() < 3);
  }

  @AfterAll
  static void close() {
    BROWSERS.values().forEach(Browser::close);
  }

  static Stream<Arguments> pages() {
    List<Arguments> all = new ArrayList<>();
    for (Page page : PageCatalogue.PAGES) {
      for (int width : WIDTHS) {
        all.add(Arguments.of(page, width));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} at {1} px")
  @MethodSource("pages")
  void thePageFitsTheScreenAndSpeaksOnlyVietnamese(Page page, int width) {
    Browser browser = browser(page.role());
    browser.driver.manage().window().setSize(new Dimension(width, 900));
    browser.open(resolve(page.path(), browser));
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> "complete".equals(
        ((JavascriptExecutor) d).executeScript("return document.readyState")));

    JavascriptExecutor js = (JavascriptExecutor) browser.driver;
    long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
    long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
    long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
    browser.screenshot("page-" + page.name() + "-" + width, width, (int) Math.min(Math.max(height, 700), 6000));

    // A page that failed shows the application's error page, which fits and speaks Vietnamese: only the catalogue's
    // error pages may be one (the points table answered 500 and passed the width and language checks).
    boolean errorPage = (Boolean) js.executeScript("return document.getElementById('error-message') !== null");
    assertThat(errorPage).as("%s answered the error page", page).isEqualTo(page.name().contains("-error-"));
    assertThat(scroll).as("%s is %d px wide at a %d px viewport (%s)", page, scroll, viewport, widest(js))
        .isLessThanOrEqualTo(viewport);
    if (width == 1366) {
      String text = (String) js.executeScript("const b = document.body.cloneNode(true);"
          + "b.querySelectorAll('code, pre, .mono, textarea, .CodeMirror, script, style, [lang=en], .en')"
          + ".forEach(e => e.remove()); return b.innerText;");
      assertThat(foundConstants(text)).as("enum constants on %s", page).isEmpty();
      assertThat(ENGLISH).as("English phrases on %s", page).noneMatch(text::contains);
      assertThat(POINT_DECIMALS.matcher(text).results().map(MatchResult::group).toList())
          .as("numbers with a decimal point on the Vietnamese page %s", page).isEmpty();
    }
  }

  /**
   * "79.74" where a Vietnamese page writes "79,74" (a criterion "TC3.1" or a format "1.1" is not one), or a number in
   * scientific notation ("≥ 9E+1" for a grade's threshold of 90).
   */
  private static final Pattern POINT_DECIMALS =
      Pattern.compile("(?<![\\w.,])\\d+\\.\\d{2}(?![\\w.])|\\b\\d+(?:\\.\\d+)?E[+-]\\d+\\b");

  private List<String> foundConstants(String text) {
    List<String> found = new ArrayList<>();
    Matcher words = Pattern.compile("\\b[A-Z][A-Z0-9_]{2,}\\b").matcher(text);
    while (words.find()) {
      if (constants.contains(words.group())) {
        found.add(words.group());
      }
    }
    return found;
  }

  /** The element that sticks out furthest, to say where an overflow comes from. */
  private static Object widest(JavascriptExecutor js) {
    return js.executeScript("let w = null, r = 0; for (const e of document.querySelectorAll('body *')) {"
        + " const right = e.getBoundingClientRect().right; if (right > r) { r = right; w = e; } }"
        + " return w ? w.tagName + (w.id ? '#' + w.id : '') + (w.className && w.className.baseVal === undefined"
        + " ? '.' + w.className : '') + ' right=' + Math.round(r) : 'none';");
  }

  private Browser browser(String role) {
    return BROWSERS.computeIfAbsent(role == null ? "" : role, r -> {
      Browser b = new Browser(port, "vi-VN");
      if (!r.isEmpty()) {
        b.signIn(r, PageCatalogue.password(r));
      }
      return b;
    });
  }

  private String resolve(String path, Browser browser) {
    String out = path;
    if (out.contains("{official}")) {
      out = out.replace("{official}", String.valueOf(jdbc.sql("select max(id) from evaluation where commune_code ="
          + " '11095' and period_year = 2025").query(Long.class).single()));
    }
    if (out.contains("{firstOf90004}")) {
      List<Long> ids = jdbc.sql("select id from evaluation where commune_code = '90004' order by id")
          .query(Long.class).list();
      out = out.replace("{firstOf90004}", String.valueOf(ids.get(0)))
          .replace("{lastOf90004}", String.valueOf(ids.get(ids.size() - 1)));
    }
    if (out.equals("{legalPreview}")) {
      browser.open("/bo-quy-tac/soan-thao?tep=g5-khieu-nai-to-cao/rules.drl");
      browser.driver.findElement(By.cssSelector("button[formaction$='/xem-truoc']")).click();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/xem-truoc/"));
      out = browser.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    }
    return out;
  }
}
