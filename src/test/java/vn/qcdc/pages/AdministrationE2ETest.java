package vn.qcdc.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The administrator's journey of issue #13 in the browser, without demo data (so demo passwords are refused): the
 * first administrator creates communes and records a merger, creates a commune officer and resets the password; the
 * officer must replace the one-time password before any other page opens; five wrong passwords hold the sign-in
 * back even with the right one; the audit log shows every change and verifies the chain. Invalid input is named
 * field by field and stores nothing. A context of its own (its own users and communes).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"qcdc.demo.enabled=false",
    "qcdc.bootstrap-admin.username=quantri", "qcdc.bootstrap-admin.password=Quan-tri-vien-2026",
    "spring.application.name=administration-walk"})
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdministrationE2ETest {

  static final String OFFICER = "canbo.tanhoa";
  static final String OWN_PASSWORD = "Ho so xa Tan Hoa 2026";
  static Browser admin;
  static Browser officer;
  static Browser guesser;
  static String oneTimePassword;

  @AfterAll
  static void close() {
    for (Browser b : new Browser[] {admin, officer, guesser}) {
      if (b != null) {
        b.close();
      }
    }
  }

  @Test
  @Order(1)
  void theAdministratorCreatesCommunesAfterAnInvalidAttemptThatStoresNothing(@LocalServerPort int port) {
    admin = new Browser(port);
    admin.signIn("quantri", "Quan-tri-vien-2026");
    assertThat(admin.driver.getCurrentUrl()).endsWith("/quan-tri/nguoi-dung");

    admin.open("/quan-tri/xa");
    admin.driver.findElement(By.id("open-new-commune")).click();
    fill(admin, "code", "12");
    fill(admin, "province", "Hải Dương");
    submit(admin, "create-commune");

    assertThat(admin.text("#refused")).isEqualTo("Chưa lưu: hãy sửa các ô được đánh dấu.");
    assertThat(admin.text("#e-code")).isEqualTo("Mã xã gồm đúng 5 chữ số (mã đơn vị hành chính).");
    assertThat(admin.text("#e-name")).isEqualTo("Tên xã là bắt buộc.");
    assertThat(admin.text("#e-level")).isEqualTo("Hãy chọn cấp đơn vị.");
    assertThat(admin.driver.findElement(By.id("province")).getAttribute("value")).isEqualTo("Hải Dương");
    assertThat(admin.text("#no-communes")).isEqualTo("Không có xã nào khớp.");

    createCommune("30001", "Tân Lập");
    createCommune("30002", "Hòa Bình");
    createCommune("30003", "Tân Hòa (tạm)");
    assertThat(admin.text("#created")).isEqualTo("Đã thêm xã và ghi vào sổ cái.");
    admin.open("/quan-tri/xa?q=t%C3%A2n");
    assertThat(admin.driver.findElements(By.cssSelector("#communes tbody tr"))).hasSize(2);
  }

  @Test
  @Order(2)
  void theAdministratorRenamesACommuneAndRecordsItsMerger() {
    admin.open("/quan-tri/xa/30003");
    fill(admin, "name", "Tân Hòa");
    submit(admin, "save-commune");
    assertThat(admin.text("#saved")).isEqualTo("Đã lưu và ghi vào sổ cái.");
    assertThat(admin.text("h1")).startsWith("Xã Tân Hòa");

    fill(admin, "effectiveDate", "31/02/2025");
    fill(admin, "predecessorCode", "30001, 30002");
    submit(admin, "record-merger");
    assertThat(admin.text("#e-effectiveDate")).contains("không đọc được").contains("dd/MM/yyyy");
    assertThat(admin.driver.findElements(By.id("predecessors"))).isEmpty();

    fill(admin, "effectiveDate", "01/07/2025");
    fill(admin, "predecessorCode", "30001, 30002");
    submit(admin, "record-merger");

    assertThat(admin.text("#merged")).isEqualTo("Đã ghi nhận sáp nhập và ghi vào sổ cái.");
    assertThat(admin.text("#predecessor-30001")).isEqualTo("30001 từ 01/07/2025");
    assertThat(admin.text("#predecessor-30002")).isEqualTo("30002 từ 01/07/2025");
    screenshots(admin, "admin-commune", "/quan-tri/xa/30003");
  }

  @Test
  @Order(3)
  void theAdministratorCreatesAnOfficerAndResetsThePassword() {
    admin.open("/quan-tri/nguoi-dung");
    fill(admin, "username", OFFICER);
    new Select(admin.driver.findElement(By.id("role"))).selectByValue("OFFICER");
    submit(admin, "create-user");
    assertThat(admin.text("#e-communeCode")).isEqualTo("Chủ tịch và cán bộ xã cần mã của một xã đã đăng ký.");
    assertThat(admin.driver.findElements(By.id("user-" + OFFICER))).isEmpty();

    new Select(admin.driver.findElement(By.id("communeCode"))).selectByValue("30003");
    submit(admin, "create-user");
    String first = admin.text("#one-time-password");
    assertThat(admin.driver.findElement(By.id("user-" + OFFICER)).getText()).contains("Cán bộ xã").contains("30003")
        .contains("Chưa đổi mật khẩu dùng một lần");
    admin.open("/quan-tri/nguoi-dung");
    assertThat(admin.driver.findElements(By.id("one-time-password"))).as("shown once").isEmpty();

    admin.driver.findElement(By.id("edit-" + OFFICER)).click();
    WebElement reset = admin.driver.findElement(By.id("reset-password"));
    reset.click();
    admin.driver.switchTo().alert().accept();
    admin.waitUntilGone(reset);
    oneTimePassword = admin.text("#one-time-password");

    assertThat(oneTimePassword).hasSize(14).isNotEqualTo(first);
    assertThat(admin.text("#must-change")).isEqualTo("Chưa đổi mật khẩu dùng một lần");
    screenshots(admin, "admin-users", "/quan-tri/nguoi-dung");
  }

  @Test
  @Order(4)
  void theOfficerMustReplaceTheOneTimePasswordBeforeAnyOtherPage(@LocalServerPort int port) {
    officer = new Browser(port);
    officer.signIn(OFFICER, oneTimePassword);
    assertThat(officer.driver.getCurrentUrl()).endsWith("/doi-mat-khau");
    assertThat(officer.text("#must-change")).startsWith("Mật khẩu hiện tại do quản trị viên cấp");
    officer.open("/xa/30003/ho-so");
    assertThat(officer.driver.getCurrentUrl()).endsWith("/doi-mat-khau");
    assertThat(officer.driver.findElements(By.cssSelector(".top nav"))).isEmpty();

    changePassword(oneTimePassword, "tanhoa-2026-demo", "tanhoa-2026-demo");
    assertThat(officer.text("#e-newPassword")).contains("chỉ dùng cho dữ liệu minh họa");
    changePassword(oneTimePassword, OFFICER + "-2026", "something else");
    assertThat(officer.text("#e-newPassword")).isEqualTo("Mật khẩu không được chứa tên đăng nhập.");
    assertThat(officer.text("#e-repeated")).isEqualTo("Hai lần nhập mật khẩu mới không giống nhau.");
    changePassword("wrong-one-time", OWN_PASSWORD, OWN_PASSWORD);
    assertThat(officer.text("#e-current")).isEqualTo("Mật khẩu hiện tại không đúng.");
    officer.open("/xa/30003/ho-so");
    assertThat(officer.driver.getCurrentUrl()).as("nothing stored: still held").endsWith("/doi-mat-khau");

    changePassword(oneTimePassword, OWN_PASSWORD, OWN_PASSWORD);
    assertThat(officer.text("#password-changed")).isEqualTo("Đã đổi mật khẩu.");
    submit(officer, "continue");
    new WebDriverWait(officer.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/xa/30003/ho-so"));
  }

  @Test
  @Order(5)
  void fiveWrongPasswordsHoldTheSignInBackEvenWithTheRightOne(@LocalServerPort int port) {
    guesser = new Browser(port);
    for (int attempt = 1; attempt <= 4; attempt++) {
      tryToSignIn(OFFICER, "wrong password " + attempt);
      assertThat(guesser.driver.getCurrentUrl()).endsWith("/dang-nhap?error");
    }
    tryToSignIn(OFFICER, "wrong password 5");
    assertThat(guesser.text("#locked")).startsWith("Đăng nhập tạm thời bị khóa").contains("15 phút");

    tryToSignIn(OFFICER, OWN_PASSWORD);
    assertThat(guesser.driver.getCurrentUrl()).contains("/dang-nhap?bi-khoa");
    assertThat(guesser.text("#locked")).startsWith("Đăng nhập tạm thời bị khóa");
  }

  @Test
  @Order(6)
  void theAuditLogShowsEveryChangeAndVerifiesTheChain(@LocalServerPort int port) throws Exception {
    admin.open("/nhat-ky?loai=COMMUNE");
    assertThat(column(6)).containsExactly("30002 sáp nhập vào 30003 từ 01/07/2025",
        "30001 sáp nhập vào 30003 từ 01/07/2025", "30003 Tân Hòa: tên", "30003 Tân Hòa (tạm): tạo mới",
        "30002 Hòa Bình: tạo mới", "30001 Tân Lập: tạo mới");
    assertThat(column(3)).containsOnly("quantri");

    admin.open("/nhat-ky?loai=USER&nguoi=" + OFFICER);
    assertThat(column(6)).containsExactly(OFFICER + ": tự đổi mật khẩu (vai trò Cán bộ xã)");
    admin.open("/nhat-ky?loai=USER&nguoi=quantri");
    assertThat(column(6)).containsExactly(OFFICER + ": đặt lại mật khẩu (dùng một lần) (vai trò Cán bộ xã)",
        OFFICER + ": tạo mới (vai trò Cán bộ xã)");
    admin.open("/nhat-ky?xa=30003&tu=01%2F01%2F2020&den=31%2F12%2F2099");
    assertThat(column(6)).as("four commune changes and three of its officer").hasSize(7);

    submit(admin, "verify");
    assertThat(admin.text("#chain-intact")).startsWith("Chuỗi nguyên vẹn:").endsWith("mọi bản ghi khớp với mã băm của nó.");
    assertThat(admin.text("#checkpoint")).endsWith("khớp với chuỗi");

    String csv = download(port, admin.driver.findElement(By.id("csv")).getAttribute("href"));
    assertThat(csv).startsWith("\uFEFFSTT,Thời điểm,Loại,Bản ghi,Người thực hiện,Xã,Năm,Nội dung,Mã băm\r\n");
    assertThat(csv).contains(",Xã,").contains("30001 sáp nhập vào 30003 từ 01/07/2025")
        .contains(OFFICER + ": tự đổi mật khẩu (vai trò Cán bộ xã)");
    screenshots(admin, "audit-log", "/nhat-ky?kiem-tra=1");
  }

  private static void createCommune(String code, String name) {
    admin.open("/quan-tri/xa");
    admin.driver.findElement(By.id("open-new-commune")).click();
    fill(admin, "code", code);
    fill(admin, "name", name);
    fill(admin, "province", "Hải Dương");
    new Select(admin.driver.findElement(By.id("level"))).selectByValue("XA");
    submit(admin, "create-commune");
    new WebDriverWait(admin.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/quan-tri/xa/" + code));
  }

  private static void changePassword(String current, String newPassword, String repeated) {
    fill(officer, "current", current);
    fill(officer, "newPassword", newPassword);
    fill(officer, "repeated", repeated);
    submit(officer, "change-password");
  }

  private static void tryToSignIn(String username, String password) {
    guesser.open("/dang-nhap");
    fill(guesser, "username", username);
    fill(guesser, "password", password);
    submit(guesser, "sign-in");
    new WebDriverWait(guesser.driver, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("?error") || d.getCurrentUrl().contains("?bi-khoa"));
  }

  /** Clicks the button and waits for the page it leads to (the old page's elements go stale). */
  private static void submit(Browser b, String buttonId) {
    WebElement button = b.driver.findElement(By.id(buttonId));
    button.click();
    b.waitUntilGone(button);
  }

  private static void fill(Browser b, String id, String value) {
    WebElement field = b.driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  /** The texts of one column of the audit table (0-based). */
  private static List<String> column(int index) {
    return admin.driver.findElements(By.cssSelector("#entries tbody tr")).stream()
        .map(r -> r.findElements(By.tagName("td")).get(index).getText()).toList();
  }

  private static String download(int port, String url) throws Exception {
    String session = admin.driver.manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("text/csv;charset=UTF-8");
    assertThat(Arrays.copyOf(response.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /** The page at 1366 and 390 pixels, in Vietnamese and in English, under target/screenshots. */
  private static void screenshots(Browser b, String name, String path) {
    for (String lang : new String[] {"en", "vi"}) {
      b.open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
      assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) b.driver)
          .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
          .as("no horizontal scrolling at 1366 px").isLessThanOrEqualTo(0L);
      b.screenshot(name + "-" + lang + "-1366", 1366, 1000);
      b.screenshot(name + "-" + lang + "-390", 390, 1000);
      assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) b.driver)
          .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
          .as("no horizontal scrolling at 390 px").isLessThanOrEqualTo(0L);
    }
    b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
  }
}
