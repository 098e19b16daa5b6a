package vn.qcdc.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qcdc.workbook.WorkbookConverter;

/**
 * The officer of xã Chí Minh builds the 2026 dossier in the browser: starts it, sees which sections and criteria
 * still lack evidence, adds a complaint through the form (a wrong date is refused beside its field) and sees TC5.1
 * change; a faulty workbook is refused with its sheet and cell named. 2026 keeps the shared 2025 demo data intact.
 */
@PagesE2ETest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficerDossierE2ETest {

  static Browser browser;

  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void signIn(@LocalServerPort int port) {
    browser = new Browser(port);
    browser.signIn("officer", "officer-demo");
  }

  @AfterAll
  static void close() {
    browser.close();
  }

  @Test
  @Order(1)
  void theOfficerLandsOnTheirDossierWithItsCompletenessAndPreviewScore() {
    browser.open("/");

    assertThat(browser.driver.getCurrentUrl()).endsWith("/xa/11095/ho-so/2025");
    assertThat(browser.text("#preview-total")).isEqualTo("76,74 / 100,00");
    assertThat(browser.text("#sec-complaints")).contains("Đã báo cáo").contains("5");
    browser.screenshot("officer-dossier-2025", 1366, 2600);

    browser.open("/xa/11095/ho-so/2025?lang=en");
    assertThat(browser.text("h1")).startsWith("Evidence dossier");
    assertThat(browser.text("#sec-complaints")).contains("Reported");
    assertThat(browser.text("#p-TC5\\.1")).contains("Complaints accepted on time");
    browser.open("/xa/11095/ho-so/2025?lang=vi");
  }

  @Test
  @Order(2)
  void aNewYearStartsWithEverySectionNotReportedAndNamesTheCriteriaThatWouldLackEvidence() {
    browser.open("/xa/11095/ho-so/2026");
    browser.driver.findElement(By.id("start-dossier")).click();

    assertThat(browser.text("#sec-complaints")).contains("Chưa báo cáo").contains("TC5.1");
    assertThat(browser.text("#years")).contains("2025").contains("2026");
    assertThat(browser.text("#p-TC5\\.1")).contains("Thiếu minh chứng").contains("không báo cáo mục");
    browser.screenshot("officer-dossier-new-year", 1366, 1500);
  }

  @Test
  @Order(3)
  void aComplaintWithAnImpossibleDateIsRefusedBesideTheFieldAndKeepsWhatWasTyped() {
    long before = dossiers();
    openNewComplaint();
    fillComplaint("K-01", "31/02/2026", "06/03/2026");
    browser.driver.findElement(By.id("save")).click();

    assertThat(browser.text("#refused")).isNotBlank();
    assertThat(browser.driver.findElement(By.id("e-receivedDate")).getText()).contains("31/02/2026")
        .contains("không phải ngày có thật");
    assertThat(browser.driver.findElement(By.id("f-subject")).getAttribute("value"))
        .isEqualTo("Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất");
    assertThat(dossiers()).isEqualTo(before);
    browser.screenshot("officer-complaint-form-errors", 1366, 1500);
  }

  @Test
  @Order(4)
  void anAddedComplaintIsStoredAsANewVersionAndChangesTheFindingOfTC51() {
    long before = dossiers();
    openNewComplaint();
    fillComplaint("K-01", "03/03/2026", "06/03/2026");
    browser.driver.findElement(By.id("save")).click();

    assertThat(browser.text("#saved")).contains("K-01");
    assertThat(browser.text("#r-1")).contains("K-01").contains("03/03/2026");
    assertThat(dossiers()).isEqualTo(before + 1);
    browser.screenshot("officer-complaints", 1366, 700);

    browser.open("/xa/11095/ho-so/2026");
    assertThat(browser.text("#sec-complaints")).contains("Đã báo cáo").doesNotContain("TC5.1");
    assertThat(browser.text("#v-2")).contains("officer").contains("thêm bản ghi K-01");
    assertThat(browser.text("#p-TC5\\.1")).contains("Đạt").doesNotContain("Thiếu minh chứng").contains("2,00 / 2");
  }

  @Test
  @Order(5)
  void aDisclosureIsAddedWithTwoChannelsInTheRowsOfItsForm() {
    browser.open("/xa/11095/ho-so/2026/muc/disclosures");
    browser.driver.findElement(By.id("add")).click();
    type("f-id", "DS-01");
    type("f-art11Item", "2");
    type("f-title", "Dự toán ngân sách xã năm 2026");
    type("f-sourceDecisionDate", "05/01/2026");
    channel(0, "Niêm yết tại trụ sở HĐND, UBND xã", "08/01/2026", "28/02/2026");
    channel(1, "Cổng/trang thông tin điện tử", "08/01/2026", "");
    browser.screenshot("officer-disclosure-form", 1366, 1300);
    browser.driver.findElement(By.id("save")).click();

    assertThat(browser.text("#saved")).contains("DS-01");
    browser.driver.findElement(By.cssSelector("#r-1 a")).click();
    assertThat(browser.driver.findElement(By.id("f-nested.disclosures.channels.1.startDate")).getAttribute("value"))
        .isEqualTo("08/01/2026");
    assertThat(new Select(browser.driver.findElement(By.id("f-nested.disclosures.channels.0.channel")))
        .getFirstSelectedOption().getText()).isEqualTo("Niêm yết tại trụ sở HĐND, UBND xã");
  }

  @Test
  @Order(6)
  void aFaultyWorkbookIsRefusedWithItsSheetAndCellAndChangesNothing(@TempDir Path dir) throws IOException {
    Path faulty = dir.resolve("ho-so-loi.xlsx");
    Files.write(faulty, withWrongDate(Files.readAllBytes(Path.of("examples/chi-minh-2025.json"))));
    long before = dossiers();

    browser.open("/xa/11095/ho-so/2025");
    browser.driver.findElement(By.id("bangTinh")).sendKeys(faulty.toAbsolutePath().toString());
    browser.driver.findElement(By.id("upload")).click();

    assertThat(browser.driver.findElements(By.cssSelector("#workbook-problems .problem")))
        .extracting(WebElement::getText)
        .anySatisfy(row -> assertThat(row).contains("Khiếu nại").contains("C4").contains("$.complaints[0].receivedDate")
            .contains("không phải ngày có thật"));
    assertThat(dossiers()).isEqualTo(before);
    browser.screenshot("officer-workbook-errors", 1366, 1000);
  }

  @Test
  @Order(7)
  void aWorkbookLargerThanTheLimitBringsTheOfficerBackToThePageWithTheLimitNamed(@TempDir Path dir)
      throws IOException {
    Path huge = dir.resolve("qua-lon.xlsx");
    Files.write(huge, new byte[21 * 1024 * 1024]);
    long before = dossiers();

    browser.open("/xa/11095/ho-so/2025");
    browser.driver.findElement(By.id("bangTinh")).sendKeys(huge.toAbsolutePath().toString());
    browser.driver.findElement(By.id("upload")).click();

    assertThat(browser.text("#too-large")).contains("20 MB").contains("không thay đổi");
    assertThat(browser.driver.getCurrentUrl()).contains("/xa/11095/ho-so/2025?qua-lon=");
    assertThat(dossiers()).isEqualTo(before);
  }

  private void openNewComplaint() {
    browser.open("/xa/11095/ho-so/2026/muc/complaints");
    browser.driver.findElement(By.id("add")).click();
  }

  private void fillComplaint(String id, String received, String accepted) {
    type("f-id", id);
    type("f-subject", "Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất");
    type("f-receivedDate", received);
    new Select(browser.driver.findElement(By.id("f-withinCompetence"))).selectByVisibleText("Có");
    type("f-acceptedDate", accepted);
    new Select(browser.driver.findElement(By.id("f-complexity"))).selectByVisibleText("Thông thường");
  }

  private static void channel(int row, String channel, String start, String end) {
    String prefix = "f-nested.disclosures.channels." + row + ".";
    new Select(browser.driver.findElement(By.id(prefix + "channel"))).selectByVisibleText(channel);
    type(prefix + "startDate", start);
    type(prefix + "endDate", end);
  }

  private static void type(String id, String text) {
    WebElement input = browser.driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /** The example as a workbook whose first complaint was received on 31 February. */
  private static byte[] withWrongDate(byte[] json) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new WorkbookConverter().export(json)));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet complaints = book.getSheet("Khiếu nại");
      Row first = complaints.getRow(3);
      first.getCell(2).setCellValue("31/02/2025");
      book.write(out);
      return out.toByteArray();
    }
  }

  private long dossiers() {
    return jdbc.sql("select count(*) from dossier").query(Long.class).single();
  }
}
