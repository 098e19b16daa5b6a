package vn.qcdc.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Vietnamese numbers where a person types: "0,5" in a vi-VN browser and "0.5" in an English one are both half a point,
 * shown back with the page language's separator; a year is never grouped. Appraises xã Tân Kỳ (demo) 2025, which no
 * other journey touches.
 */
@PagesE2ETest
class NumbersAndDatesE2ETest {

  private static final String COMMUNE = "90005";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private long officialEvaluation() {
    return jdbc.sql("select max(id) from evaluation where commune_code = ? and period_year = 2025").param(COMMUNE)
        .query(Long.class).single();
  }

  private BigDecimal stored(String criterion) {
    return jdbc.sql("select points from appraisal where evaluation_id = ? and criterion = ? order by id desc limit 1")
        .params(officialEvaluation(), criterion).query(BigDecimal.class).single();
  }

  private static void appraise(Browser browser, String criterion, String points, String reason) {
    new Select(browser.driver.findElement(By.id("criterion"))).selectByValue(criterion);
    browser.driver.findElement(By.id("points")).clear();
    browser.driver.findElement(By.id("points")).sendKeys(points);
    browser.driver.findElement(By.id("reason")).sendKeys(reason);
    browser.driver.findElement(By.id("appraise-submit")).click();
  }

  @Test
  void aVietnameseBrowserSavesHalfAPointFromZeroCommaFiveAndShowsItWithADecimalComma() {
    try (Browser browser = new Browser(port, "vi-VN")) {
      browser.signIn("auditor", "auditor-demo");
      browser.open("/danh-gia/" + officialEvaluation() + "/tham-dinh");

      appraise(browser, "TC3.1", "0,5", "Bổ sung biên bản: 0,5 điểm.");

      assertThat(browser.text("#saved")).contains("TC3.1");
      assertThat(stored("TC3.1")).isEqualByComparingTo("0.5");
      assertThat(browser.text("#row-TC3\\.1 .appraised")).isEqualTo("0,50");
      assertThat(browser.text("#engine-total")).contains(",").doesNotContain(".");
      browser.screenshot("numbers-appraisal-vi-1366", 1366, 1200);
      browser.screenshot("numbers-appraisal-vi-390", 390, 1400);
    }
  }

  @Test
  void anEnglishBrowserSavesHalfAPointFromZeroPointFiveAndShowsItWithAPoint() {
    try (Browser browser = new Browser(port, "en")) {
      browser.signIn("auditor", "auditor-demo");
      browser.open("/danh-gia/" + officialEvaluation() + "/tham-dinh?lang=en");

      appraise(browser, "TC3.2", "0.5", "Minutes added.");

      assertThat(stored("TC3.2")).isEqualByComparingTo("0.5");
      assertThat(browser.text("#row-TC3\\.2 .appraised")).isEqualTo("0.50");
      browser.screenshot("numbers-appraisal-en-1366", 1366, 1200);
    }
  }

  @Test
  void aTextThatIsNoNumberIsRefusedAndShownBackWithoutSaving() {
    try (Browser browser = new Browser(port, "vi-VN")) {
      browser.signIn("auditor", "auditor-demo");
      browser.open("/danh-gia/" + officialEvaluation() + "/tham-dinh");

      appraise(browser, "TC4.2", "nửa điểm", "Thử.");

      assertThat(browser.text("#appraisal-error")).contains("“nửa điểm” không phải là số");
      assertThat(browser.driver.findElement(By.id("points")).getAttribute("value")).isEqualTo("nửa điểm");
    }
  }

  @Test
  void aYearIsNeverGroupedOnAVietnamesePage() {
    try (Browser browser = new Browser(port, "vi-VN")) {
      browser.signIn("officer", "officer-demo");
      browser.open("/xa/11095/ho-so/2026");

      assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("2026")
          .doesNotContainPattern("\\b2\\.0\\d\\d\\b");
    }
  }
}
