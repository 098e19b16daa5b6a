package vn.qcdc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qcdc.cli.EvaluateCommandTest.JSON;
import static vn.qcdc.cli.EvaluateCommandTest.elements;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The law in force on each day of the period, as {@code evaluate} prints it: the one-stop-shop decree that changed on
 * 1 July 2025, and complaint acceptance in 7 working days from 1 July 2026 (examples chi-minh-2025 and chi-minh-2026).
 */
class LawInForceCliTest {

  private static JsonNode year2025;
  private static JsonNode year2026;

  @BeforeAll
  static void evaluateBothExamples() throws IOException {
    CliRun a = CliRun.of("evaluate", "--dossier", "examples/chi-minh-2025.json");
    CliRun b = CliRun.of("evaluate", "--dossier", "examples/chi-minh-2026.json");
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(b.exit()).as(b.err()).isZero();
    year2025 = JSON.readTree(a.out());
    year2026 = JSON.readTree(b.out());
  }

  @Test
  void aTwentyTwentyFiveFindingCitesBothDecreesOfTheOneStopShopEachWithItsDates() {
    JsonNode tc32 = finding(year2025, "TC3.2");

    assertThat(tc32.get("legalBasis").asText()).startsWith("Đến 30/06/2025: Điều 19 khoản 4, khoản 9 Nghị định"
        + " 61/2018/NĐ-CP").contains(". Từ 01/07/2025: Điều 12 khoản 5, Điều 16 khoản 3, Điều 17 khoản 1 điểm c,"
        + " Điều 19 khoản 6 Nghị định 118/2025/NĐ-CP");
    assertThat(elements(tc32.get("legalBases")).map(b -> b.get("from").asText("") + "|" + b.get("to").asText("")))
        .containsExactly("|2025-06-30", "2025-07-01|");
    assertThat(tc32.at("/explanation/vi").asText()).contains("Căn cứ: " + tc32.get("legalBasis").asText());
    assertThat(finding(year2025, "TC5.1").get("legalBasis").asText()).isEqualTo("Điều 27 Luật Khiếu nại 02/2011/QH13");
  }

  @Test
  void anAdjustmentCitesItsDatedLegalBasesToo() {
    JsonNode d5 = elements(year2025.get("adjustments")).filter(a -> a.get("id").asText().equals("D5")).findFirst()
        .orElseThrow();

    assertThat(d5.get("legalBasis").asText()).contains("Đến 30/06/2025: Điều 19 khoản 9 Nghị định 61/2018/NĐ-CP")
        .contains("Từ 01/07/2025: Điều 12 khoản 5, Điều 19 khoản 6 Nghị định 118/2025/NĐ-CP");
    assertThat(d5.get("legalBases")).hasSize(2);
  }

  @Test
  void aTwentyTwentySixDossierCitesOnlyTheNewDecreeAndNoLongerTheRepealedArticleEightySix() {
    assertThat(finding(year2026, "TC3.2").get("legalBasis").asText()).contains("Nghị định 118/2025/NĐ-CP")
        .doesNotContain("61/2018").doesNotContain("Từ 01/07/2025");
    assertThat(finding(year2026, "TC3.2").get("legalBases")).hasSize(1);
    assertThat(finding(year2026, "TC9.2").get("legalBasis").asText()).contains("Luật 97/2025/QH15")
        .doesNotContain("Điều 86");
  }

  @Test
  void complaintsOnBothSidesOfFirstJulyTwentyTwentySixGetTenDaysAndSevenWorkingDaysAndSaySo() {
    JsonNode tc51 = finding(year2026, "TC5.1");

    assertThat(check(tc51, "K-02")).isEqualTo("K-02: thụ lý hoặc từ chối thụ lý khiếu nại hạn 15/05/2026, thực hiện"
        + " 19/05/2026, trễ 4 ngày (thời hạn 10 ngày theo Luật Khiếu nại 02/2011/QH13).");
    assertThat(check(tc51, "K-06")).isEqualTo("K-06: thụ lý hoặc từ chối thụ lý khiếu nại hạn 10/07/2026, thực hiện"
        + " 13/07/2026, trễ 1 ngày làm việc (thời hạn 7 ngày làm việc theo Nghị định 155/2026/NĐ-CP).");
    // Record warnings (issue #12: actions dated after the evaluation day) may appear; none is about the constant.
    assertThat(tc51.get("warnings").toString()).as("K27 has been reviewed").doesNotContain("CONSTANT_NOT_REVIEWED");
    assertThat(finding(year2026, "TC5.2").get("warnings").toString()).contains("CONSTANT_NOT_REVIEWED_2026");
    assertThat(tc51.get("legalBasis").asText()).contains("Đến 30/06/2026: Điều 27 Luật Khiếu nại 02/2011/QH13")
        .contains("Từ 01/07/2026: Điều 27 Luật Khiếu nại 02/2011/QH13; Điều 16 khoản 1 Nghị định 124/2020/NĐ-CP");
  }

  @Test
  void theTwentyTwentySixExampleKeepsItsTotal() {
    assertThat(year2026.get("total").decimalValue()).isEqualByComparingTo("75.43");
    assertThat(year2026.get("grade").asText()).isEqualTo("KHA");
  }

  private static JsonNode finding(JsonNode evaluation, String criterion) {
    return elements(evaluation.get("findings")).filter(f -> f.get("criterion").asText().equals(criterion)).findFirst()
        .orElseThrow();
  }

  private static String check(JsonNode finding, String record) {
    return elements(finding.at("/parts/0/checks")).filter(c -> c.get("records").get(0).asText().equals(record))
        .map(c -> c.at("/text/vi").asText()).findFirst().orElseThrow();
  }
}
