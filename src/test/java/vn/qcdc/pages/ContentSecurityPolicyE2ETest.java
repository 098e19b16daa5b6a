package vn.qcdc.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page under the Content-Security-Policy (no inline script, no inline style), in a real browser: the console
 * reports no violation and no script error, and what the scripts do still happens — charts drawn, CodeMirror on the
 * rules editor, the delete confirmation on a record.
 */
@PagesE2ETest
class ContentSecurityPolicyE2ETest {

  static Browser auditor;
  static Browser legal;

  @BeforeAll
  static void signIn(@LocalServerPort int port) {
    auditor = new Browser(port);
    auditor.signIn("auditor", "auditor-demo");
    legal = new Browser(port);
    legal.signIn("legal", "legal-demo");
  }

  @AfterAll
  static void close() {
    auditor.close();
    legal.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/tinh?nam=2025", "/xa/11095", "/xa/11095/lich-su", "/danh-gia/1", "/danh-gia/1/tham-dinh",
      "/tai-len", "/bo-quy-tac", "/xa/11095/ho-so/2025", "/xa/11095/ho-so/2025/muc/complaints",
      "/xa/11095/ho-so/2025/muc/complaints/moi", "/xa/11095/ho-so/2025/muc/complaints/1", "/xa/99999",
      "/swagger-ui/index.html"})
  void thePageRaisesNoPolicyViolationOrScriptError(String path) {
    auditor.consoleProblems();

    auditor.open(path);
    new WebDriverWait(auditor.driver, Duration.ofSeconds(10)).until(d -> "complete".equals(
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));

    assertThat(problems(auditor)).filteredOn(p -> !p.contains(path + " - Failed to load resource")).isEmpty();
  }

  @Test
  void theDashboardAndTheProvinceDrawTheirChartsFromTheJsonBlocks() {
    auditor.consoleProblems();

    auditor.open("/xa/11095");
    assertThat(auditor.driver.findElements(By.cssSelector("#chart-groups svg"))).hasSize(1);
    assertThat(auditor.driver.findElements(By.cssSelector("#chart-trend svg"))).hasSize(1);
    assertThat(auditor.driver.findElement(By.id("chart-groups")).getText()).contains("G1", "G9");

    auditor.open("/tinh?nam=2025");
    assertThat(auditor.driver.findElements(By.cssSelector("#chart-grades svg"))).hasSize(1);
    assertThat(problems(auditor)).isEmpty();
  }

  @Test
  void swaggerUiLoadsTheApiDescriptionAndListsItsOperations() {
    auditor.consoleProblems();

    auditor.open("/swagger-ui/index.html");

    new WebDriverWait(auditor.driver, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector(".opblock")).isEmpty());
    assertThat(auditor.driver.findElement(By.tagName("body")).getText()).contains("/api/dossiers");
    assertThat(problems(auditor)).isEmpty();
  }

  @Test
  void theRulesEditorRunsCodeMirrorWithLineNumbers() {
    legal.consoleProblems();

    legal.open("/bo-quy-tac/soan-thao?tep=g1-lanh-dao-chi-dao/rules.drl");

    assertThat(legal.driver.findElements(By.cssSelector(".CodeMirror"))).hasSize(1);
    assertThat(legal.driver.findElements(By.cssSelector(".CodeMirror-linenumber"))).isNotEmpty();
    assertThat(legal.driver.findElement(By.cssSelector(".wb-editor")).getCssValue("display")).isEqualTo("grid");
    assertThat(legal.driver.findElement(By.cssSelector(".CodeMirror")).getCssValue("font-family")).startsWith(
        "\"JetBrains Mono\"");
    assertThat(problems(legal)).isEmpty();
  }

  @Test
  void theImpactPreviewPageLoadsItsStylesheet() {
    legal.consoleProblems();
    legal.open("/bo-quy-tac/soan-thao?tep=profile.yaml");
    assertThat(legal.driver.findElements(By.cssSelector(".CodeMirror"))).hasSize(1);

    legal.driver.findElement(By.cssSelector("button[formaction$='/xem-truoc']")).click();

    new WebDriverWait(legal.driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
        By.id("progress")));
    assertThat(legal.driver.findElement(By.cssSelector(".wb-tabs")).getCssValue("display")).isEqualTo("flex");
    assertThat(problems(legal)).isEmpty();
  }

  @Test
  void deletingARecordAsksFirstAndNothingIsDeletedWhenTheAnswerIsNo() {
    auditor.consoleProblems();
    auditor.open("/xa/11095/ho-so/2025/muc/complaints");
    int rows = auditor.driver.findElements(By.cssSelector("#records tbody tr")).size();

    auditor.driver.findElement(By.cssSelector("#r-1 button.danger")).click();
    Alert confirm = new WebDriverWait(auditor.driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
    String question = confirm.getText();
    confirm.dismiss();

    assertThat(question).startsWith("Xóa bản ghi này?");
    assertThat(auditor.driver.getCurrentUrl()).endsWith("/xa/11095/ho-so/2025/muc/complaints");
    assertThat(auditor.driver.findElements(By.cssSelector("#records tbody tr"))).hasSize(rows);
    assertThat(problems(auditor)).isEmpty();
  }

  /** The console's errors and warnings but a missing favicon, which the pages do not have. */
  private static List<String> problems(Browser browser) {
    return browser.consoleProblems().stream().filter(p -> !p.contains("favicon.ico")).toList();
  }
}
