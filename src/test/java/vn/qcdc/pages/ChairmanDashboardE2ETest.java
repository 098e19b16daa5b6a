package vn.qcdc.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The chairman of xã Chí Minh signs in and reads the commune's result, in Vietnamese and in English. */
@PagesE2ETest
class ChairmanDashboardE2ETest {

  static Browser browser;

  @BeforeAll
  static void signIn(@LocalServerPort int port) {
    browser = new Browser(port);
    browser.signIn("chairman", "chairman-demo");
  }

  @AfterAll
  static void close() {
    browser.close();
  }

  @Test
  void theChairmanLandsOnTheDashboardOfTheirCommuneWithTotalGradeChartsAndPointsToRecover() {
    browser.open("/xa/11095/2025");

    assertThat(browser.text("#commune-name")).contains("Chí Minh");
    assertThat(browser.text("#total")).isEqualTo("76,74");
    assertThat(browser.text("#grade")).isEqualTo("Khá");
    assertThat(browser.text("#recoverable h2")).isEqualTo("Điểm có thể khắc phục");
    assertThat(browser.driver.findElements(By.cssSelector("#recoverable .recover-item"))).isNotEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("#chart-groups svg"))).hasSize(1);
    assertThat(browser.driver.findElements(By.cssSelector("#chart-trend svg"))).hasSize(1);
    browser.screenshot("chairman-dashboard-desktop", 1366, 2400);
    browser.screenshot("chairman-dashboard-tablet", 820, 3200);
  }

  @Test
  void theChairmanDownloadsThePdfAndXlsxReportsOfTheEvaluation() throws Exception {
    browser.open("/xa/11095/2025");

    HttpResponse<byte[]> pdf = download(browser.driver.findElement(By.id("report-pdf")).getAttribute("href"));
    HttpResponse<byte[]> xlsx = download(browser.driver.findElement(By.id("report-xlsx")).getAttribute("href"));

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        v -> assertThat(v).contains("bao-cao-11095-2025.pdf"));
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
  }

  /** Fetches a link with the browser's session cookie (headless Chromium would save it where nobody looks). */
  private static HttpResponse<byte[]> download(String url) throws Exception {
    String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void theDefaultPageOfTheChairmanIsTheirCommune() {
    browser.open("/");

    assertThat(browser.driver.getCurrentUrl()).contains("/xa/11095");
    assertThat(browser.text("#total")).isNotBlank();
  }

  @Test
  void anotherCommuneIsRefused() {
    browser.open("/xa/90004/2025");

    assertThat(browser.driver.findElements(By.id("total"))).isEmpty();
    assertThat(browser.driver.getPageSource()).contains("403");
  }

  @Test
  void aWrongPasswordIsRefusedInVietnameseAndSigningOutEndsTheSession(@LocalServerPort int port) {
    try (Browser other = new Browser(port)) {
      other.open("/dang-nhap");
      other.driver.findElement(By.id("username")).sendKeys("chairman");
      other.driver.findElement(By.id("password")).sendKeys("sai-mat-khau");
      other.driver.findElement(By.id("sign-in")).click();
      new WebDriverWait(other.driver, Duration.ofSeconds(20))
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error")));
      assertThat(other.text(".error")).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
      other.screenshot("sign-in-error", 1366, 700);

      other.signIn("chairman", "chairman-demo");
      other.driver.findElement(By.cssSelector(".logout button")).click();
      new WebDriverWait(other.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("da-dang-xuat"));
      assertThat(other.driver.getCurrentUrl()).contains("/dang-nhap?da-dang-xuat");
      other.open("/xa/11095/2025");
      assertThat(other.driver.getCurrentUrl()).endsWith("/dang-nhap");
    }
  }

  @Test
  void theDashboardSpeaksEnglishOnRequest() {
    browser.open("/xa/11095/2025?lang=en");

    assertThat(browser.text("#grade")).isEqualTo("Fair");
    assertThat(browser.text("#recoverable h2")).isEqualTo("Points to recover");
    browser.open("/xa/11095/2025?lang=vi");
    assertThat(browser.text("#grade")).isEqualTo("Khá");
  }
}
