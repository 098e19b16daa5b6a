package vn.qcdc.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The legal staff's journey of issue #13 in a real browser, on a copy of the rules folder: K02 goes from 30 to 10 days
 * through the constants table; the change set shows the diff, the two scenario cases that now fail and the impact
 * preview; the cases are updated in the editor, the change set is applied with its reason, and the findings say
 * "10 ngày"; then the history page rolls back, and the files, the hash and the sentences are those of 30 days again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "qcdc.demo.enabled=true")
@ActiveProfiles("test")
class LegalWorkbenchE2ETest {

  static final Path WORK;
  static final String K02_30 = "  - id: K02\n    title: { vi: \"Thời gian ân hạn kế hoạch năm sau K01\", en: \"Annual plan grace"
      + " period\" }\n    basis: \"[ĐỀ XUẤT]\"\n    unit: DAYS\n    values: [ { from: 2023-01-01, value: \"30\" } ]\n";
  static final String WHY = "Nghị định 155/2026/NĐ-CP: ân hạn kế hoạch năm (K02) còn 10 ngày";

  static {
    try {
      WORK = Files.createTempDirectory("qcdc-workbench").resolve("rules");
      copy(Path.of("rules"), WORK);
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) {
    r.add("qcdc.rules.path", WORK::toString);
    r.add("qcdc.rules.data-dir", () -> WORK.getParent().resolve("data").toString());
  }

  static Browser legal;

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  TestRestTemplate rest;

  @BeforeAll
  static void signIn(@LocalServerPort int port) {
    legal = new Browser(port);
    legal.signIn("legal", "legal-demo");
  }

  @AfterAll
  static void close() {
    legal.close();
  }

  @Test
  void legalStaffChangeK02ThroughTheTableApplyTheChangeSetAndRollItBack() throws Exception {
    String parametersBefore = Files.readString(WORK.resolve("parameters.yaml"));
    assertThat(parametersBefore).contains(K02_30);
    legal.open("/bo-quy-tac");
    String hashBefore = legal.text("#rule-set-hash");
    assertThat(findingsOfChiMinh2025()).contains("30 ngày ân hạn (K02)");

    // The constants table: K02's value from 2023-01-01 becomes 10; the page shows the diff of parameters.yaml.
    legal.open("/bo-quy-tac/hang-so");
    WebElement k02 = legal.driver.findElement(By.cssSelector("input[data-constant='K02'][data-from='2023-01-01']"));
    k02.clear();
    k02.sendKeys("10");
    k02.findElement(By.xpath("following-sibling::button")).click();
    assertThat(legal.text("#constants-diff")).contains("-    values: [ { from: 2023-01-01, value: \"30\" } ]")
        .contains("+    values: [ { from: 2023-01-01, value: \"10\" } ]");
    assertThat(Files.readString(WORK.resolve("parameters.yaml"))).as("a draft, nothing saved").isEqualTo(parametersBefore);

    // The change set: the diff, the two cases that now fail (and why), and the impact on the stored dossiers.
    legal.driver.findElement(By.id("to-change-set")).click();
    assertThat(legal.text("#diffs")).contains("parameters.yaml").contains("value: \"10\"");
    List<WebElement> failed = legal.driver.findElements(By.cssSelector("#failed-cases li.failed-case"));
    assertThat(failed).hasSize(2);
    String failures = failed.get(0).getText() + failed.get(1).getText();
    assertThat(failures).contains("02/03/2025").contains("năm nhuận 2024")
        .containsPattern("TC\\d\\.\\d — trạng thái: kỳ vọng Đạt một phần, thực tế \\p{L}");
    // The language guard of every page, here with failing cases on it: states by their labels, no English lines.
    assertThat(failures).doesNotContainPattern("\\b(PASS|PARTIAL|FAIL|NOT_APPLICABLE|MISSING_EVIDENCE)\\b");
    assertThat(EveryPageE2ETest.ENGLISH).as("English phrases on the change set").noneMatch(legal.text("main")::contains);
    assertThat(legal.driver.findElement(By.id("apply")).isEnabled()).isFalse();
    waitForPreview();
    assertThat(legal.text("#impact")).contains("Hoàn tất");
    assertThat(legal.text("#impact-table tr[data-commune='11095']")).contains("2025").contains("TC1.1").contains("Khá")
        .contains("Chí Minh (11095)").contains("76,74").containsPattern("−\\d+,\\d{2}").doesNotContain("KHA");
    legal.screenshot("workbench-change-set-failing", 1366, 2200);
    legal.screenshot("workbench-change-set-failing-390", 390, 3600);
    // The same lines in English, from the same bundles: labels, not codes, and English words.
    legal.open("/bo-quy-tac/thay-doi?lang=en");
    assertThat(legal.text("#failed-cases")).containsPattern("TC\\d\\.\\d state: expected Partial, got \\p{L}")
        .doesNotContain("kỳ vọng").doesNotContainPattern("\\b(PASS|PARTIAL|FAIL|NOT_APPLICABLE|MISSING_EVIDENCE)\\b");
    assertThat(legal.text("#impact-table tr[data-commune='11095']")).contains("76.74").contains("Fair")
        .doesNotContain("76,74").doesNotContain("Khá");
    legal.screenshot("workbench-change-set-failing-en", 1366, 2200);
    legal.screenshot("workbench-change-set-failing-en-390", 390, 3600);
    legal.driver.manage().window().setSize(new Dimension(1366, 900));
    legal.open("/bo-quy-tac/thay-doi?lang=vi");

    // Each failed case opens in the editor at its line; the officer changes its expectation there and keeps it.
    for (int i = 0; i < 2; i++) {
      legal.open("/bo-quy-tac/thay-doi");
      legal.driver.findElements(By.cssSelector("#failed-cases a.open-case")).get(0).click();
      ((JavascriptExecutor) legal.driver).executeScript(
          "var cm = document.querySelector('.CodeMirror').CodeMirror; var from = cm.getCursor().line;"
              + "for (var l = from; l < cm.lineCount(); l++) { var t = cm.getLine(l);"
              + "  if (t.indexOf('expect: { state: PARTIAL, points: 1.5 }') >= 0) {"
              + "    cm.replaceRange(t.replace('state: PARTIAL, points: 1.5', 'state: FAIL, points: 0'),"
              + "      {line: l, ch: 0}, {line: l, ch: t.length}); break; } }");
      WebElement keep = legal.driver.findElement(By.cssSelector("button[formaction$='/soan-thao/nhap']"));
      keep.click();
      // The draft is kept once its answer replaced the editor: opening the change set earlier raced the save.
      new WebDriverWait(legal.driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(keep));
    }

    // Valid now: described and applied; the history records it with its reason.
    legal.open("/bo-quy-tac/thay-doi");
    assertThat(legal.text("#validation")).contains("Hợp lệ");
    assertThat(legal.driver.findElements(By.cssSelector("#failed-cases"))).isEmpty();
    assertThat(legal.text("#diffs")).contains("g1-lanh-dao-chi-dao/scenarios.yaml").contains("state: FAIL, points: 0");
    waitForPreview();
    legal.driver.findElement(By.id("mo-ta")).sendKeys(WHY);
    legal.driver.findElement(By.id("apply")).click();
    new WebDriverWait(legal.driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("/bo-quy-tac/lich-su"));
    assertThat(legal.text("li.version.current")).contains(WHY).contains("Áp dụng bộ thay đổi");
    assertThat(Files.readString(WORK.resolve("parameters.yaml")))
        .isEqualTo(parametersBefore.replace(K02_30, K02_30.replace("value: \"30\"", "value: \"10\"")));
    legal.open("/bo-quy-tac");
    String hashAfter = legal.text("#rule-set-hash");
    assertThat(hashAfter).isNotEqualTo(hashBefore);
    assertThat(findingsOfChiMinh2025()).contains("10 ngày ân hạn (K02)").doesNotContain("30 ngày ân hạn (K02)");
    legal.open("/bo-quy-tac/lich-su");
    legal.screenshot("workbench-history", 1366, 1100);

    // Roll back from the history page: the version before the change set, in one click.
    legal.driver.findElement(By.cssSelector("li.version[data-hash='" + hashBefore + "'] form.rollback button")).click();
    assertThat(legal.text("#outcome")).contains(hashBefore.substring(0, 12));
    assertThat(legal.text("li.version.current")).contains("Khôi phục phiên bản cũ");
    assertThat(Files.readString(WORK.resolve("parameters.yaml"))).isEqualTo(parametersBefore);
    legal.open("/bo-quy-tac");
    assertThat(legal.text("#rule-set-hash")).isEqualTo(hashBefore);
    assertThat(findingsOfChiMinh2025()).contains("30 ngày ân hạn (K02)").doesNotContain("10 ngày ân hạn (K02)");
  }

  /**
   * Evaluates xã Chí Minh's 2025 dossier with the rule set in force (as an auditor would; an evaluation already made
   * with this rule set is answered with its id) and reads its findings page.
   */
  private String findingsOfChiMinh2025() {
    long dossier = jdbc.sql("select max(id) from dossier where commune_code = '11095' and period_year = 2025")
        .query(Long.class).single();
    var answer = rest.withBasicAuth("auditor", "auditor-demo")
        .postForEntity("/api/dossiers/" + dossier + "/evaluations", null, com.fasterxml.jackson.databind.JsonNode.class);
    assertThat(answer.getStatusCode().value()).as("evaluation: %s", answer).isIn(201, 409);
    long id = answer.getStatusCode().value() == 201 ? answer.getBody().path("summary").path("id").asLong()
        : answer.getBody().path("existingEvaluationId").asLong();
    legal.open("/danh-gia/" + id);
    // The findings are folded (details elements): their text is there, not shown until opened.
    return (String) ((JavascriptExecutor) legal.driver).executeScript("return document.body.textContent");
  }

  /** The change-set page reloads itself while the impact preview runs. */
  private void waitForPreview() {
    new WebDriverWait(legal.driver, Duration.ofSeconds(120)).until(d -> !d.findElements(
        By.cssSelector(".job-state[data-state='DONE'], .job-state[data-state='FAILED']")).isEmpty());
  }

  private static void copy(Path source, Path target) throws IOException {
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : walk.toList()) {
        Path t = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
