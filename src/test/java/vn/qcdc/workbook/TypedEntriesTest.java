package vn.qcdc.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qcdc.workbook.Fixtures.CONVERTER;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Entries as users type them: dates and numbers as text, Có/Không in any case, labels or the format's codes. */
class TypedEntriesTest {

  /** The pre-filled template, answered "Không" for denunciations so that it is not refused as blank. */
  private static Sheets prefilled() {
    return new Sheets(CONVERTER.template(Fixtures.chiMinh(), 2025)).answer("Tố cáo", "Không");
  }

  private static Sheets withComplaint(String receivedDate) {
    return prefilled().text("Khiếu nại", "Mã", 0, "K-1").text("Khiếu nại", "Ngày nhận đơn", 0, receivedDate)
        .text("Khiếu nại", "Thuộc thẩm quyền", 0, "Có");
  }

  private static JsonNode converted(Sheets sheets) {
    ConversionResult result = Fixtures.convert(sheets.bytes());
    assertThat(result.problems()).isEmpty();
    return Fixtures.tree(result.json());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"05/03/2025", "5/3/2025", "05-03-2025", "05.03.2025", " 05/03/2025 ", "2025-03-05"})
  void aDateTypedAsTextInTheUsualVietnameseFormIsAcceptedAndNormalised(String typed) {
    Sheets sheets = withComplaint(typed);

    JsonNode dossier = converted(sheets);

    assertThat(dossier.at("/complaints/0/receivedDate").asText()).isEqualTo("2025-03-05");
  }

  @Test
  void aRealDateCellIsAcceptedWhateverItsDisplayFormat() {
    Sheets sheets = withComplaint("x");
    sheets.cell("Khiếu nại", "Ngày nhận đơn", 0).setCellValue(LocalDate.of(2025, 3, 5));

    JsonNode dossier = converted(sheets);

    assertThat(dossier.at("/complaints/0/receivedDate").asText()).isEqualTo("2025-03-05");
  }

  @Test
  void aDateWrittenMonthFirstThatCannotBeADayIsRejected() {
    Sheets sheets = withComplaint("03/25/2025");

    ConversionResult result = Fixtures.convert(sheets.bytes());

    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.reference()).isEqualTo("Khiếu nại!C4");
      assertThat(p.jsonPath()).isEqualTo("$.complaints[0].receivedDate");
    });
  }

  @Test
  void numbersTypedAsTextAreAcceptedWhereAnIntegerIsExpected() {
    Sheets sheets = prefilled();
    sheets.cover("Số cán bộ, công chức, người lao động").setCellValue("25");
    sheets.text("Thôn, tổ dân phố", "Số hộ gia đình", 0, "1.240");

    JsonNode dossier = converted(sheets);

    assertThat(dossier.at("/commune/staffCount").isIntegralNumber()).isTrue();
    assertThat(dossier.at("/commune/staffCount").asInt()).isEqualTo(25);
    assertThat(dossier.at("/commune/villages/0/households").asInt()).isEqualTo(1240);
  }

  @Test
  void aFractionWhereAnIntegerIsExpectedIsRejectedAtItsCell() {
    Sheets sheets = prefilled().text("Thôn, tổ dân phố", "Số hộ gia đình", 1, "2,5");

    ConversionResult result = Fixtures.convert(sheets.bytes());

    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.reference()).isEqualTo("Thôn, tổ dân phố!C5");
      assertThat(p.jsonPath()).isEqualTo("$.commune.villages[1].households");
      assertThat(p.message()).isEqualTo("“Số hộ gia đình”: “2,5” không phải số nguyên");
    });
  }

  @Test
  void decimalsAcceptTheDecimalComma() {
    Sheets sheets = prefilled().text("Chỉ tiêu", "Mã", 0, "TG-1").text("Chỉ tiêu", "Năm", 0, "2025")
        .text("Chỉ tiêu", "Nhóm chỉ tiêu", 0, "Kinh tế - xã hội").text("Chỉ tiêu", "Chỉ tiêu", 0, "Tỷ lệ BHYT")
        .text("Chỉ tiêu", "Đơn vị tính", 0, "%").text("Chỉ tiêu", "Chiều so sánh", 0, "Không thấp hơn chỉ tiêu (≥)")
        .text("Chỉ tiêu", "Giá trị kế hoạch", 0, "95").text("Chỉ tiêu", "Giá trị thực hiện", 0, "95,4");

    JsonNode dossier = converted(sheets);

    assertThat(dossier.at("/targets/0/actualValue").decimalValue()).isEqualByComparingTo("95.4");
    assertThat(dossier.at("/targets/0/comparison").asText()).isEqualTo("AT_LEAST");
    assertThat(dossier.at("/targets/0/category").asText()).isEqualTo("SOCIO_ECONOMIC");
  }

  @Test
  void coAndKhongAreReadInAnyCaseAndLabelsOrTheFormatsCodesAreAccepted() {
    Sheets sheets = withComplaint("05/03/2025").text("Khiếu nại", "Thuộc thẩm quyền", 0, "không")
        .text("Khiếu nại", "Phải đối thoại", 0, "CÓ").text("Khiếu nại", "Kết quả", 0, "WITHDRAWN");

    JsonNode dossier = converted(sheets);

    assertThat(dossier.at("/complaints/0/withinCompetence").asBoolean()).isFalse();
    assertThat(dossier.at("/complaints/0/dialogueRequired").asBoolean()).isTrue();
    assertThat(dossier.at("/complaints/0/outcome").asText()).isEqualTo("WITHDRAWN");
  }

  @Test
  void aMonthTypedAsTextIsAccepted() {
    Sheets sheets = prefilled().remove("Hồ sơ TTHC");
    String sheet = "Hồ sơ TTHC theo tháng";
    sheets.text(sheet, "Tháng", 0, "01/2025");
    for (String count : new String[] {"Số hồ sơ tiếp nhận", "Tiếp nhận trực tuyến", "Giải quyết trước hạn",
        "Giải quyết đúng hạn", "Giải quyết quá hạn", "Quá hạn trực tuyến", "Quá hạn có xin lỗi đúng quy định",
        "Từ chối", "Yêu cầu bổ sung", "Yêu cầu bổ sung đúng hạn"}) {
      sheets.text(sheet, count, 0, "0");
    }
    for (String count : new String[] {"Số hồ sơ quá hạn chưa giải quyết", "Trong đó nộp trực tuyến",
        "Trong đó có xin lỗi đúng quy định"}) {
      sheets.text("Hồ sơ TTHC tồn cuối năm", count, 0, "0");
    }

    JsonNode dossier = converted(sheets);

    assertThat(dossier.at("/administrativeDossiers/monthlyAggregates/0/month").asText()).isEqualTo("2025-01");
    assertThat(dossier.at("/administrativeDossiers/records").isMissingNode()).isTrue();
  }

  @Test
  void aVillageMayBeChosenByNameOrTypedAsItsId() {
    Sheets sheets = prefilled().text("Hương ước, quy ước", "Mã", 0, "HU-1")
        .text("Hương ước, quy ước", "Thôn", 0, "thôn đoài").text("Hương ước, quy ước", "Tên hương ước", 0, "Hương ước")
        .text("Hương ước, quy ước", "Mã", 1, "HU-2").text("Hương ước, quy ước", "Thôn", 1, "V05")
        .text("Hương ước, quy ước", "Tên hương ước", 1, "Hương ước");

    JsonNode dossier = converted(sheets);

    assertThat(dossier.at("/villageConventions/0/villageId").asText()).isEqualTo("V02");
    assertThat(dossier.at("/villageConventions/1/villageId").asText()).isEqualTo("V05");
  }

  @Test
  void typedTextIsParsedTheVietnameseWay() throws Exception {
    assertThat(TypedText.date("25/3/2025")).contains(LocalDate.of(2025, 3, 25));
    assertThat(TypedText.date("ngày 25/3/2025")).isEmpty();
    assertThat(TypedText.integer("1.240")).contains(1240L);
    assertThat(TypedText.integer("12.5")).isEmpty();
    assertThat(TypedText.decimal("1.234,5")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1234.5"));
    assertThat(TypedText.month("tháng 3/2025")).hasValueSatisfying(m -> assertThat(m.toString()).isEqualTo("2025-03"));
  }
}
