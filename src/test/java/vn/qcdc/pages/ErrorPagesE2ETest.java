package vn.qcdc.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser routes answer with the application's error page in the user's language, never raw JSON; the API keeps
 * {@code application/problem+json}.
 */
@PagesE2ETest
class ErrorPagesE2ETest {

  static Browser browser;
  static int port;

  @BeforeAll
  static void signIn(@LocalServerPort int serverPort) {
    port = serverPort;
    browser = new Browser(port, "vi-VN");
    browser.signIn("auditor", "auditor-demo");
  }

  @AfterAll
  static void close() {
    browser.close();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "/so-sanh, 400, thiếu hoặc sai thông tin",
      "/khong-co-trang-nay, 404, Không tìm thấy trang",
      "/quan-tri/nguoi-dung, 403, không có quyền xem trang này",
      "/danh-gia/999999, 404, Không tìm thấy trang",
      "/xa/11095/ho-so/2025/muc/khong-co-muc-nay, 404, Không tìm thấy trang"})
  void aBrowserRouteAnswersTheErrorPageInVietnamese(String path, int status, String message) throws Exception {
    browser.open(path);

    assertThat(browser.text("#status")).isEqualTo(String.valueOf(status));
    assertThat(browser.text("#error-message")).contains(message);
    assertThat(browser.driver.getPageSource()).doesNotContain("{\"status\"").doesNotContain("Required parameter");
    assertThat(browser.driver.findElements(By.cssSelector("header"))).isNotEmpty();
    assertThat(page(path).statusCode()).isEqualTo(status);
  }

  @Test
  void theErrorPageSpeaksEnglishWhenTheUserChoseEnglish() {
    browser.open("/?lang=en");
    browser.open("/khong-co-trang-nay");

    assertThat(browser.text("#error-message")).isEqualTo("This page does not exist. The address may be mistyped or"
        + " the page gone.");
    browser.screenshot("error-404-en-390", 390, 800);
    browser.open("/?lang=vi");
    browser.open("/khong-co-trang-nay");
    browser.screenshot("error-404-vi-1366", 1366, 800);
  }

  @Test
  void theApiKeepsProblemJson() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/api/dossiers/999999")).header("Authorization", basic())
        .header("Accept", "text/html,application/json").build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
  }

  /** The page fetched with the browser's session, to read its HTTP status. */
  private static HttpResponse<String> page(String path) throws Exception {
    String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
        .reduce((a, b) -> a + "; " + b).orElse("");
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Cookie", cookies).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic() {
    return "Basic " + Base64.getEncoder().encodeToString("auditor:auditor-demo".getBytes(StandardCharsets.UTF_8));
  }
}
