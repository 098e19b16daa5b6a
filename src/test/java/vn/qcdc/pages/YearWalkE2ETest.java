package vn.qcdc.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.qcdc.demo.OtherYear;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.workbook.WorkbookConverter;

/**
 * The whole 2026 of xã Chí Minh in the browser: the officer builds and submits the dossier while the chairman's
 * dashboard stays on 2025 and names 2026 by its state; the auditor evaluates, appraises one criterion with a reason
 * and signs off; then the dashboard, findings page, history, province overview, PDF and XLSX all show the same
 * appraised total and grade. A context of its own (the walk signs 2026 off, which the other journeys must not meet).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"qcdc.demo.enabled=true", "spring.application.name=year-walk"})
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YearWalkE2ETest {

  static Browser officer;
  static Browser chairman;
  static Browser auditor;
  static long evaluation;
  static String total;
  static String grade;

  @AfterAll
  static void close() {
    for (Browser b : new Browser[] {officer, chairman, auditor}) {
      if (b != null) {
        b.close();
      }
    }
  }

  @Test
  @Order(1)
  void theOfficerBuildsThe2026DossierWhileTheDashboardStaysOn2025(@LocalServerPort int port, @TempDir Path dir)
      throws Exception {
    officer = new Browser(port);
    officer.signIn("officer", "officer-demo");
    chairman = new Browser(port);
    chairman.signIn("chairman", "chairman-demo");

    officer.open("/xa/11095/ho-so/2026");
    officer.driver.findElement(By.id("start-dossier")).click();
    Path workbook = dir.resolve("ho-so-2026.xlsx");
    Files.write(workbook, new WorkbookConverter().export(OtherYear.of(ExampleBytes.example(), 1)));
    officer.driver.findElement(By.id("bangTinh")).sendKeys(workbook.toAbsolutePath().toString());
    officer.driver.findElement(By.id("upload")).click();

    assertThat(officer.text("#uploaded")).contains("ho-so-2026.xlsx");
    assertThat(officer.text("#year-state-label")).isEqualTo("Đang lập hồ sơ");
    chairman.open("/xa/11095");
    assertThat(chairman.text("#year-2025")).contains("2025");
    assertThat(chairman.driver.findElement(By.id("year-2025")).getAttribute("class")).contains("on");
    assertThat(chairman.text("#total")).isEqualTo("76,74");
    assertThat(chairman.text("#newer-2026")).isEqualTo("Năm 2026: Đang lập hồ sơ, chưa có kết quả chính thức.");
    chairman.screenshot("walk-1-dashboard-2026-drafting", 1366, 1100);
  }

  @Test
  @Order(2)
  void theOfficerSubmitsAndTheDashboardStillShowsNoScoreFor2026() {
    officer.open("/xa/11095/ho-so/2026");
    officer.driver.findElement(By.id("submit-dossier")).click();

    assertThat(officer.text("#submitted")).startsWith("Đã nộp phiên bản 2.");
    assertThat(officer.text("#year-state-label")).isEqualTo("Đã nộp");
    officer.screenshot("walk-2-workspace-submitted", 1366, 1300);
    chairman.open("/xa/11095");
    assertThat(chairman.text("#total")).isEqualTo("76,74");
    assertThat(chairman.text("#newer-2026")).isEqualTo("Năm 2026: Đã nộp, chưa có kết quả chính thức.");
    chairman.open("/xa/11095/2026");
    assertThat(chairman.driver.findElements(By.id("total"))).isEmpty();
    assertThat(chairman.text("#no-official")).startsWith("Năm 2026: Đã nộp.");
  }

  @Test
  @Order(3)
  void theAuditorEvaluatesAppraisesOneCriterionWithAReasonAndSignsOff(@LocalServerPort int port) {
    auditor = new Browser(port);
    auditor.signIn("auditor", "auditor-demo");
    auditor.open("/xa/11095/ho-so/2026");
    auditor.driver.findElement(By.id("evaluate")).click();
    new WebDriverWait(auditor.driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().matches(".*/danh-gia/\\d+"));
    evaluation = Long.parseLong(auditor.driver.getCurrentUrl().replaceAll(".*/danh-gia/", ""));
    assertThat(auditor.text("#result-status")).contains("Đã chấm", "Kết quả chính thức của năm");
    String engine = auditor.text("#arith-total td:nth-child(3)");

    auditor.driver.findElement(By.id("appraise")).click();
    new Select(auditor.driver.findElement(By.id("criterion"))).selectByValue("TC4.1");
    auditor.driver.findElement(By.id("points")).sendKeys("3");
    auditor.driver.findElement(By.id("reason")).sendKeys("Sổ tiếp công dân bản giấy ghi đủ các tuần còn thiếu.");
    auditor.driver.findElement(By.id("appraise-submit")).click();
    total = auditor.text("#appraised-total");
    grade = auditor.text("#appraised-grade");
    assertThat(total).contains(","); // the page writes a decimal comma
    assertThat(new BigDecimal(total.replace(',', '.'))).isGreaterThan(new BigDecimal(engine.replace(',', '.')));
    auditor.screenshot("walk-3-appraisal", 1366, 1500);

    auditor.open("/danh-gia/" + evaluation);
    auditor.driver.findElement(By.id("sign-off-note")).sendKeys("Đã đối chiếu hồ sơ và biên bản thẩm định.");
    auditor.driver.findElement(By.id("sign-off")).click();
    assertThat(auditor.text("#step-done")).isEqualTo("Đã công nhận kết quả của năm.");
    assertThat(auditor.text("#result-status")).contains("Đã công nhận", "Công nhận bởi auditor");
    assertThat(auditor.driver.findElements(By.id("sign-off"))).isEmpty();
  }

  @Test
  @Order(4)
  void theDashboardFindingsHistoryAndProvinceShowTheSameAppraisedTotalAndGrade() {
    chairman.open("/xa/11095");
    assertThat(chairman.driver.findElement(By.id("year-2026")).getAttribute("class")).contains("on");
    assertThat(chairman.text("#total")).isEqualTo(total);
    assertThat(chairman.text("#grade")).isEqualTo(grade);
    assertThat(chairman.text("#result-status")).contains("Đã công nhận");
    assertThat(chairman.driver.findElements(By.id("recover-TC4.1"))).as("appraised to its maximum: nothing to recover")
        .isEmpty();
    chairman.screenshot("walk-4-dashboard-signed-off", 1366, 1100);
    chairman.open("/xa/11095/2025");
    assertThat(chairman.driver.findElements(By.id("recover-TC4.1"))).hasSize(1);

    chairman.open("/danh-gia/" + evaluation);
    assertThat(chairman.text("#arith-appraised-total")).isEqualTo(total);
    assertThat(chairman.text("#arith-appraised-grade")).isEqualTo(grade);
    var rows = chairman.driver.findElements(By.cssSelector("#arithmetic-table tbody tr"));
    int groupSum = indexOf(rows, "arith-group-sum");
    int totalRow = indexOf(rows, "arith-total");
    assertThat(rows.subList(groupSum + 1, totalRow)).extracting(r -> r.getAttribute("id"))
        .contains("arith-D3", "arith-D4", "arith-D5");
    chairman.screenshot("walk-5-findings", 1366, 1300);

    chairman.open("/xa/11095/lich-su");
    assertThat(chairman.text("#year-11095-2026 .official-total")).isEqualTo(total);
    assertThat(chairman.text("#year-11095-2026")).contains("Đã công nhận", grade);

    auditor.open("/tinh?nam=2026");
    assertThat(auditor.text("#rank-11095")).contains(total, grade, "Đã công nhận");
    auditor.screenshot("walk-6-province", 1366, 1100);
  }

  @Test
  @Order(5)
  void thePdfAndTheWorkbookShowTheSameAppraisedTotalGradeAndSignOff() throws Exception {
    HttpResponse<byte[]> pdf = download(chairman, "/danh-gia/" + evaluation + "/bao-cao.pdf");
    HttpResponse<byte[]> xlsx = download(chairman, "/danh-gia/" + evaluation + "/bao-cao.xlsx");

    assertThat(pdf.statusCode()).isEqualTo(200);
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      PDFTextStripper byPosition = new PDFTextStripper();
      byPosition.setSortByPosition(true);
      text = byPosition.getText(doc).replaceAll("\\s+", " ");
    }
    assertThat(text).contains("Tổng điểm: " + total.replace('.', ',') + "/100,00 điểm", "Xếp loại: " + grade,
        "Trạng thái: Đã công nhận (người công nhận: auditor", "Tổng điểm trên là sau thẩm định; máy chấm:",
        "TC4.1 3,00 điểm (Sổ tiếp công dân bản giấy ghi đủ các tuần còn thiếu.)");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet summary = wb.getSheet("Tổng hợp");
      Row totals = find(summary, "Tổng điểm");
      assertThat(BigDecimal.valueOf(totals.getCell(4).getNumericCellValue())).isEqualByComparingTo(total.replace(',', '.'));
      assertThat(find(summary, "Xếp loại").getCell(4).getStringCellValue()).startsWith(grade);
      assertThat(find(summary, "Trạng thái").getCell(1).getStringCellValue()).contains("Đã công nhận", "auditor");
    }
  }

  private static int indexOf(java.util.List<WebElement> rows, String id) {
    for (int i = 0; i < rows.size(); i++) {
      if (id.equals(rows.get(i).getAttribute("id"))) {
        return i;
      }
    }
    throw new AssertionError("no row " + id);
  }

  private static Row find(Sheet sheet, String text) {
    for (Row row : sheet) {
      for (var cell : row) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
            && cell.getStringCellValue().equals(text)) {
          return row;
        }
      }
    }
    throw new AssertionError("no row reading " + text);
  }

  /** Fetches a path with the browser's session cookie (headless Chromium would save a download where nobody looks). */
  private static HttpResponse<byte[]> download(Browser browser, String path) throws Exception {
    String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
    String base = browser.driver.getCurrentUrl().replaceAll("(https?://[^/]+).*", "$1");
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
