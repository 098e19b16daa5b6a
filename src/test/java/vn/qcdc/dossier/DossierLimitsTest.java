package vn.qcdc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qcdc.dossier.ExampleDossier.decimal;
import static vn.qcdc.dossier.ExampleDossier.example;
import static vn.qcdc.dossier.Rejections.problem;
import static vn.qcdc.dossier.Rejections.problemsOf;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The size limits of the format: numbers, lists, texts, nesting and dates near the period. */
class DossierLimitsTest {

  private final DossierReader reader = new DossierReader();

  @Test
  void rejectsAHugeExponentBeforeAnythingWritesTheNumberOut() {
    String text = example().text().replace("\"targetValue\" : 90", "\"targetValue\" : 1e1000000000");

    var problems = problemsOf(text.getBytes(StandardCharsets.UTF_8));

    assertThat(problems).containsExactly(problem("$.targets[0].targetValue", "số quá lớn: 1E+1000000000 có hơn 16 "
        + "chữ số trước dấu thập phân (number too large: more than 16 digits before the decimal point)"));
  }

  @Test
  void rejectsATinyExponentWhoseDecimalsWouldNeverEnd() {
    String text = example().text().replace("\"actualValue\" : 91.2", "\"actualValue\" : 1e-1000000000");

    var problems = problemsOf(text.getBytes(StandardCharsets.UTF_8));

    assertThat(problems).containsExactly(problem("$.targets[0].actualValue", "số có quá nhiều chữ số thập phân: "
        + "1E-1000000000 có hơn 20 chữ số sau dấu thập phân (more than 20 digits after the decimal point)"));
  }

  @Test
  void rejectsAMoneyTargetAboveItsMaximumButAcceptsItsMaximum() {
    var above = problemsOf(example().with("/targets/0/targetValue", decimal("1000000000000000.5")).bytes());
    byte[] atMaximum = example().with("/targets/0/targetValue", 1_000_000_000_000_000L).bytes();

    assertThat(above).containsExactly(problem("$.targets[0].targetValue", "giá trị 1000000000000000.5 vượt mức tối đa "
        + "1000000000000000 (value 1000000000000000.5 is above the maximum 1000000000000000)"));
    assertThat(read(atMaximum).dossier().targets().get(0).targetValue()).isEqualByComparingTo("1E15");
  }

  @Test
  void rejectsAListLongerThanItsMaximumWithOneProblemWithoutCheckingItsElements() {
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < 1_000_000; i++) {
      items.add(0);
    }
    byte[] json = example().with("/disclosureScope/itemsWithMatters", items).bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(problem("$.disclosureScope.itemsWithMatters", "danh sách có 1.000.000 phần "
        + "tử, vượt giới hạn 14 của định dạng (list has 1,000,000 elements; the format allows at most 14)"));
  }

  @Test
  void listsTheFirstHundredProblemsAndCountsTheRestInOneClosingLine() {
    ArrayNode petitions = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < 1234; i++) {
      petitions.addObject().put("id", "P-" + i).put("receivedDate", "2025-03-03").put("channel", "MAIL")
          .put("withinCompetence", "yes").put("protracted", false);
    }
    byte[] json = example().with("/petitions", petitions).bytes();

    InvalidDossierException rejection = rejectionOf(json);

    assertThat(rejection.total()).isEqualTo(1234);
    assertThat(rejection.listed()).hasSize(100).first()
        .isEqualTo(problem("$.petitions[0].withinCompetence", "wrong type: expected boolean, found string \"yes\""));
    assertThat(rejection.problems()).hasSize(101).last().isEqualTo(problem("$",
        "… và 1.134 lỗi khác chưa liệt kê; hãy sửa các lỗi trên rồi gửi lại để xem tiếp (and 1,134 more problems "
            + "not listed)"));
  }

  @Test
  void rejectsATextLongerThanASpreadsheetCell() {
    byte[] json = example().with("/complaints/0/subject", "x".repeat(32_768)).bytes();

    var problems = problemsOf(json);

    assertThat(problems).containsExactly(problem("$.complaints[0].subject",
        "văn bản dài 32.768 ký tự, vượt giới hạn 32.767 ký tự (text has 32,768 characters; at most 32,767)"));
  }

  @Test
  void rejectsATextLongerThanTheParserReadsWithItsPath() {
    byte[] json = example().with("/complaints/0/subject", "x".repeat(100_001)).bytes();

    var problems = problemsOf(json);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.complaints[0].subject");
      assertThat(p.message()).startsWith("văn bản dài hơn 100.000 ký tự ở dòng ");
    });
  }

  @Test
  void rejectsJsonNestedDeeperThanTwentyLevels() {
    byte[] json = ("{\"formatVersion\": \"1.0\", \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}")
        .getBytes(StandardCharsets.UTF_8);

    var problems = problemsOf(json);

    assertThat(problems).singleElement().satisfies(p ->
        assertThat(p.message()).startsWith("JSON lồng nhau quá sâu (hơn 20 cấp) ở dòng 1, cột "));
  }

  @Test
  void rejectsANumberWrittenWithMoreThanAHundredCharacters() {
    String text = example().text().replace("\"staffCount\" : 22", "\"staffCount\" : " + "1".repeat(101));

    var problems = problemsOf(text.getBytes(StandardCharsets.UTF_8));

    assertThat(problems).singleElement().satisfies(p ->
        assertThat(p.message()).startsWith("số viết quá dài (hơn 100 ký tự)"));
  }

  @Test
  void rejectsDatesFarFromThePeriodAndAcceptsTheWindowsEdges() {
    var problems = problemsOf(example().with("/complaints/0/receivedDate", "1974-12-31")
        .with("/complaints/1/receivedDate", "2031-01-01").with("/violations/0/conclusionDate", "0001-01-01").bytes());
    byte[] edges = example().with("/regulations/0/issuedDate", "1975-01-01")
        .with("/complaints/1/decisionDate", "2030-12-31").bytes();

    assertThat(problems).extracting(DossierProblem::path).containsExactly("$.complaints[0].receivedDate",
        "$.complaints[1].receivedDate", "$.violations[0].conclusionDate");
    assertThat(problems.get(0).message()).isEqualTo("ngày 31/12/1974 nằm quá xa kỳ đánh giá năm 2025: chỉ nhận ngày "
        + "từ 01/01/1975 đến 31/12/2030 (date 1974-12-31 is too far from the period year; dates from 1975-01-01 to "
        + "2030-12-31 are accepted)");
    assertThat(read(edges).dossier().regulations().get(0).issuedDate()).hasToString("1975-01-01");
  }

  @Test
  void rejectsAPeriodYearOutsideTheFormatsYears() {
    var problems = problemsOf(example().with("/period/year", 99999).bytes());

    assertThat(problems).contains(problem("$.period.year",
        "giá trị 99999 vượt mức tối đa 2100 (value 99999 is above the maximum 2100)"));
  }

  private ParsedDossier read(byte[] json) {
    try {
      return reader.read(json);
    } catch (InvalidDossierException e) {
      throw new AssertionError("expected the dossier to be accepted: " + e.getMessage(), e);
    }
  }

  private InvalidDossierException rejectionOf(byte[] json) {
    try {
      reader.read(json);
    } catch (InvalidDossierException e) {
      return e;
    }
    throw new AssertionError("the dossier was accepted, a rejection was expected");
  }
}
