package vn.qcdc.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.qcdc.commune.Commune;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.dossier.facts.UnitLevel;
import vn.qcdc.security.AppUser;
import vn.qcdc.security.Role;
import vn.qcdc.security.UserRepository;

/**
 * The officer of a newly registered commune builds the dossier by forms alone: the commune-profile form first, then a
 * complaint whose dates are in the wrong order, which is saved but flagged beside its fields, on the dossier page, in
 * the API and on the finding that used it; and a section declared "không phát sinh" from the dossier page.
 */
@PagesE2ETest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewCommuneByFormsE2ETest {

  static final String CODE = "90777";
  static final String PASSWORD = "officer-new-commune";
  static Browser browser;
  static int port;

  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void registerTheCommuneAndItsOfficer(@LocalServerPort int serverPort, @Autowired CommuneRepository communes,
      @Autowired UserRepository users, @Autowired PasswordEncoder encoder) {
    port = serverPort;
    communes.insert(new Commune(CODE, "Tân Lập", "Hải Dương", UnitLevel.XA, false));
    users.insert(new AppUser("officer-tan-lap", encoder.encode(PASSWORD), Role.OFFICER, CODE, true));
    browser = new Browser(port, "vi-VN");
    browser.signIn("officer-tan-lap", PASSWORD);
  }

  @AfterAll
  static void close() {
    browser.close();
  }

  @Test
  @Order(1)
  void theFirstStepIsTheCommuneProfileFormWhichNamesEachMissingField() {
    browser.open("/xa/" + CODE + "/ho-so/2026");
    assertThat(browser.text("#profile-form h2")).isEqualTo("Thông tin chung của xã");
    assertThat(new Select(browser.driver.findElement(By.id("p-level"))).getFirstSelectedOption().getText())
        .isEqualTo("Xã");

    type("p-staffCount", "hai mươi");
    browser.driver.findElement(By.id("start-dossier")).click();

    assertThat(browser.text("#profile-refused")).contains("Chưa lập được hồ sơ");
    assertThat(browser.text("#e-staffCount")).contains("“hai mươi” không phải số nguyên");
    assertThat(browser.driver.getPageSource()).doesNotContain("remoteArea missing required field");
    assertThat(dossiers()).isZero();
    browser.screenshot("new-commune-profile-refused-1366", 1366, 1500);
  }

  @Test
  @Order(2)
  void theProfileFormStartsTheDossierWithEverySectionNotReported() {
    browser.open("/xa/" + CODE + "/ho-so/2026");
    type("p-staffCount", "18");
    browser.driver.findElement(By.id("p-remoteArea")).click();
    browser.driver.findElement(By.id("p-hasRadio")).click();
    type("p-v.0.name", "Thôn Đông");
    type("p-v.0.households", "1.240");
    type("p-v.1.name", "Thôn Tây");
    type("p-v.1.households", "315");
    browser.screenshot("new-commune-profile-390", 390, 2200);
    browser.driver.findElement(By.id("start-dossier")).click();

    assertThat(browser.text("#started")).contains("Đã lập hồ sơ");
    assertThat(browser.text("#sec-complaints")).contains("Chưa báo cáo");
    assertThat(dossiers()).isEqualTo(1);
    JsonNode commune = content().path("commune");
    assertThat(commune.path("remoteArea").asBoolean()).isTrue();
    assertThat(commune.path("hasRadio").asBoolean()).isTrue();
    assertThat(commune.path("staffCount").asInt()).isEqualTo(18);
    assertThat(commune.at("/villages/0/households").asInt()).isEqualTo(1240);
    assertThat(commune.at("/villages/1/id").asText()).isEqualTo("T02");
  }

  @Test
  @Order(3)
  void aComplaintWithDatesInTheWrongOrderIsSavedButFlaggedBesideItsFields() {
    browser.open("/xa/" + CODE + "/ho-so/2026/muc/complaints");
    browser.driver.findElement(By.id("add")).click();
    type("f-id", "K-01");
    type("f-subject", "Khiếu nại quyết định thu hồi đất");
    type("f-receivedDate", "27/02/2026");
    new Select(browser.driver.findElement(By.id("f-withinCompetence"))).selectByVisibleText("Có");
    type("f-acceptedDate", "01/01/2026");
    new Select(browser.driver.findElement(By.id("f-complexity"))).selectByVisibleText("Thông thường");
    type("f-decisionDate", "15/01/2031");
    browser.driver.findElement(By.id("save")).click();

    assertThat(browser.text("#warnings")).contains("Đã lưu, nhưng bản ghi có");
    assertThat(browser.text("#w-acceptedDate")).contains("01/01/2026 trước").contains("27/02/2026");
    assertThat(browser.text("#w-decisionDate")).contains("15/01/2031");
    assertThat(dossiers()).isEqualTo(2);
    browser.screenshot("new-commune-complaint-flagged-1366", 1366, 1600);
    browser.screenshot("new-commune-complaint-flagged-390", 390, 2400);
  }

  @Test
  @Order(4)
  void theWarningIsOnTheDossierPageInTheApiAndOnTheFindingThatUsedTheRecord() throws Exception {
    browser.open("/xa/" + CODE + "/ho-so/2026");

    assertThat(browser.text("#warnings")).contains("Khiếu nại").contains("#1").contains("01/01/2026 trước");
    assertThat(browser.text("#p-TC5\\.1")).contains("K-01").contains("cảnh báo");
    long id = jdbc.sql("select max(id) from dossier where commune_code = ?").param(CODE).query(Long.class).single();
    JsonNode view = get("/api/dossiers/" + id);
    assertThat(view.path("warnings").findValuesAsText("path"))
        .contains("$.complaints[0].acceptedDate", "$.complaints[0].decisionDate");
    browser.screenshot("new-commune-dossier-warnings-1366", 1366, 2600);
  }

  @Test
  @Order(5)
  void aSectionIsDeclaredNothingAroseFromTheDossierPageWithWhoAndWhen() {
    browser.open("/xa/" + CODE + "/ho-so/2026");
    browser.driver.findElement(By.id("declare-denunciations")).click();

    assertThat(browser.text("#declared")).contains("officer-tan-lap");
    browser.open("/xa/" + CODE + "/ho-so/2026");
    assertThat(browser.text("#sec-denunciations")).contains("Không phát sinh trong kỳ").contains("officer-tan-lap");
    assertThat(browser.text("#p-TC5\\.3")).contains("Không phát sinh");
    assertThat(content().at("/declarations/0/section").asText()).isEqualTo("denunciations");
  }

  private long dossiers() {
    return jdbc.sql("select count(*) from dossier where commune_code = ?").param(CODE).query(Long.class).single();
  }

  private JsonNode content() {
    long id = jdbc.sql("select max(id) from dossier where commune_code = ?").param(CODE).query(Long.class).single();
    try {
      return get("/api/dossiers/" + id + "/content");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode get(String path) throws Exception {
    String basic = Base64.getEncoder().encodeToString("auditor:auditor-demo".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + basic).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  private static void type(String id, String text) {
    WebElement input = browser.driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }
}
