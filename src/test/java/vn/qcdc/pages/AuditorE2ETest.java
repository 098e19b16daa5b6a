package vn.qcdc.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An auditor uploads a faulty dossier, reads the findings of xã Chí Minh and appraises a criterion. */
@PagesE2ETest
class AuditorE2ETest {

  static Browser browser;

  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void signIn(@LocalServerPort int port) {
    browser = new Browser(port);
    browser.signIn("auditor", "auditor-demo");
  }

  @AfterAll
  static void close() {
    browser.close();
  }

  @Test
  void aFaultyUploadListsItsErrorsBesideTheirJsonPathsAndStoresNothing(@TempDir Path dir) throws IOException {
    String example = Files.readString(Path.of("examples/chi-minh-2025.json"));
    Path faulty = dir.resolve("ho-so-loi.json");
    Files.writeString(faulty, example.replace("\"level\": \"XA\"", "\"level\": \"THON\"")
        .replace("\"staffCount\": 22", "\"staffCount\": \"hai mươi hai\""), StandardCharsets.UTF_8);
    long before = dossiers();

    browser.open("/tai-len");
    browser.driver.findElement(By.id("hoSo")).sendKeys(faulty.toAbsolutePath().toString());
    browser.driver.findElement(By.id("upload")).click();

    assertThat(browser.driver.findElements(By.cssSelector("#problems .problem .path")))
        .extracting(WebElement::getText)
        .anySatisfy(path -> assertThat(path).startsWith("$.commune.level"))
        .anySatisfy(path -> assertThat(path).startsWith("$.commune.staffCount"));
    assertThat(dossiers()).isEqualTo(before);
    browser.screenshot("auditor-upload-errors", 1366, 900);
  }

  @Test
  void theFindingsFilterByGroupAndOutcomeAndOpenToTheirChecks() {
    browser.open("/xa/11095/2025");
    browser.driver.findElement(By.linkText("Xem mọi tiêu chí")).click();
    new Select(browser.driver.findElement(By.id("filter-group"))).selectByValue("G4");
    new Select(browser.driver.findElement(By.id("filter-state"))).selectByValue("PARTIAL");
    browser.driver.findElement(By.id("filter")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("nhom=G4"));

    var findings = browser.driver.findElements(By.cssSelector("details.finding"));
    assertThat(findings).isNotEmpty()
        .allSatisfy(f -> assertThat(f.getAttribute("id")).startsWith("f-TC4."));
    findings.get(0).findElement(By.tagName("summary")).click();
    assertThat(findings.get(0).getText()).contains("Căn cứ pháp lý:").contains("Không");
    browser.screenshot("auditor-findings", 1366, 1400);
  }

  @Test
  void anAppraisalWithAReasonChangesTheAppraisedTotal() {
    long id = jdbc.sql("select max(id) from evaluation where commune_code = '11095' and period_year = 2025")
        .query(Long.class).single();
    browser.open("/danh-gia/" + id + "/tham-dinh");
    new Select(browser.driver.findElement(By.id("criterion"))).selectByValue("TC4.1");
    browser.driver.findElement(By.id("points")).sendKeys("3");
    browser.driver.findElement(By.id("appraise-submit")).click();
    assertThat(browser.text("#appraisal-error")).contains("lý do");

    browser.driver.findElement(By.id("reason")).sendKeys("Biên bản tiếp công dân các tuần thiếu đã được bổ sung.");
    browser.driver.findElement(By.id("appraise-submit")).click();

    assertThat(browser.text("#saved")).contains("TC4.1");
    assertThat(browser.text("#appraised-total")).isEqualTo("77,74");
    assertThat(browser.text("#row-TC4\\.1 .appraised")).isEqualTo("3,00");
    browser.screenshot("auditor-appraisal", 1366, 1400);
  }

  @Test
  void theProvinceRanksEveryCommuneOfTheYearAndChartsTheGrades() {
    browser.open("/tinh?nam=2025");

    assertThat(browser.driver.findElements(By.cssSelector("#ranking tbody tr"))).hasSizeGreaterThan(5);
    assertThat(browser.text("#ranking tbody tr:first-child td")).isEqualTo("1");
    assertThat(browser.driver.findElements(By.cssSelector("#chart-grades svg"))).hasSize(1);
    browser.screenshot("auditor-province", 1366, 1100);
  }

  @Test
  void theHistoryComparesTwoEvaluationsAndNamesWhereTheChangeCameFrom() {
    browser.open("/xa/90004/lich-su");
    browser.screenshot("auditor-history", 1366, 700);
    browser.driver.findElement(By.id("compare")).click();

    assertThat(browser.text("#cause")).contains("hồ sơ minh chứng");
    assertThat(browser.driver.findElements(By.cssSelector("#changes tbody tr"))).hasSizeGreaterThan(30);
    browser.screenshot("auditor-comparison", 1366, 1100);

    browser.driver.get(browser.driver.getCurrentUrl().replaceFirst("/so-sanh\\?", "/so-sanh?lang=en&"));
    assertThat(browser.text("#changes")).contains("Complaints accepted on time").doesNotContain("Thụ lý khiếu nại");
    browser.open("/xa/90004/lich-su?lang=vi");
  }

  @Test
  void theRuleSetInForceShowsItsHashAndEveryCriterionWithItsLegalBasis() {
    browser.open("/bo-quy-tac");

    assertThat(browser.text("#rule-set-hash")).hasSizeGreaterThan(12);
    assertThat(browser.driver.getPageSource()).contains("TC4.1").contains("Luật Tiếp công dân");
    browser.screenshot("auditor-rule-set", 1366, 1100);
  }

  private long dossiers() {
    return jdbc.sql("select count(*) from dossier").query(Long.class).single();
  }
}
