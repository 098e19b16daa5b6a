package vn.qcdc.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.qcdc.workbook.Fixtures.CONVERTER;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A workbook with mistakes is rejected with every problem located by sheet, cell and JSON path, in one list. */
class WorkbookRejectionTest {

  private static Sheets example() {
    return new Sheets(CONVERTER.export(Fixtures.exampleBytes()));
  }

  @Test
  void aWrongDateAValueOutsideADropDownAndAMissingRequiredCellAreAllNamedInOneList() {
    Sheets sheets = example()
        .text("Khiếu nại", "Ngày nhận đơn", 1, "31/02/2025")
        .text("Khiếu nại", "Tính chất vụ việc", 1, "Rất phức tạp")
        .blank("Kế hoạch", "Trích yếu", 0);

    ConversionResult result = Fixtures.convert(sheets.bytes());

    assertThat(result.accepted()).isFalse();
    assertThat(result.json()).isNull();
    assertThat(result.problems()).extracting(WorkbookProblem::reference, WorkbookProblem::jsonPath)
        .containsExactly(
            tuple("Kế hoạch!D4", "$.plans[0].title"),
            tuple("Khiếu nại!C5", "$.complaints[1].receivedDate"),
            tuple("Khiếu nại!G5", "$.complaints[1].complexity"));
    assertThat(result.problems()).extracting(WorkbookProblem::sheet, WorkbookProblem::row, WorkbookProblem::column)
        .containsExactly(tuple("Kế hoạch", 4, "D"), tuple("Khiếu nại", 5, "C"), tuple("Khiếu nại", 5, "G"));
    assertThat(result.problems()).extracting(WorkbookProblem::message).containsExactly(
        "“Trích yếu”: thiếu thông tin bắt buộc",
        "“Ngày nhận đơn”: “31/02/2025” không phải ngày có thật; hãy nhập ngày theo dạng dd/MM/yyyy",
        "“Tính chất vụ việc”: “Rất phức tạp” không có trong danh sách chọn");
  }

  @Test
  void aConditionallyRequiredCellNamesItsConditionInVietnamese() {
    Sheets sheets = example().blank("Khiếu nại", "Tính chất vụ việc", 0);

    ConversionResult result = Fixtures.convert(sheets.bytes());

    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.reference()).isEqualTo("Khiếu nại!G4");
      assertThat(p.jsonPath()).isEqualTo("$.complaints[0].complexity");
      assertThat(p.message()).isEqualTo("“Tính chất vụ việc”: thiếu thông tin, bắt buộc khi có “Ngày thụ lý”");
    });
  }

  @Test
  void theSameProblemsReadInEnglishOnAnEnglishPageWithTheWorkbooksOwnColumnNames() {
    Sheets sheets = example()
        .text("Khiếu nại", "Ngày nhận đơn", 1, "31/02/2025")
        .text("Khiếu nại", "Tính chất vụ việc", 1, "Rất phức tạp")
        .blank("Kế hoạch", "Trích yếu", 0)
        .blank("Khiếu nại", "Tính chất vụ việc", 0);

    ConversionResult result = Fixtures.convert(sheets.bytes());

    assertThat(result.problems()).extracting(p -> p.message(Locale.ENGLISH)).containsExactly(
        "“Trích yếu”: required information is missing",
        "“Tính chất vụ việc”: information is missing; it is required when “Ngày thụ lý” is filled in",
        "“Ngày nhận đơn”: “31/02/2025” is not a real date; enter the date as dd/MM/yyyy",
        "“Tính chất vụ việc”: “Rất phức tạp” is not in the drop-down list");
    assertThat(example().remove("Hình thức công khai").bytes()).satisfies(bytes -> assertThat(Fixtures.convert(bytes)
        .problems().get(0).message(Locale.ENGLISH)).isEqualTo("no row on sheet “Hình thức công khai” carries this "
            + "row's code"));
  }

  @Test
  void aRefusedFileSaysItsLimitWithTheThousandsGroupedAsEachLanguageWritesThem() {
    Refusal refusal = org.junit.jupiter.api.Assertions.assertThrows(Refusal.class,
        () -> XlsxScan.over(25_001, 25_000, "rows", "qcdc.workbook.max-rows"));

    assertThat(refusal.text().toString()).isEqualTo("bảng tính có hơn 25.000 dòng (giới hạn qcdc.workbook.max-rows); "
        + "bảng tính lớn như vậy hãy chia nhỏ, hoặc nộp hồ sơ dạng JSON");
    assertThat(refusal.text().in(Locale.ENGLISH)).isEqualTo("the workbook has more than 25,000 rows (limit "
        + "qcdc.workbook.max-rows); split a workbook this large, or submit the dossier as JSON");
  }

  @Test
  void aVillageThatIsNotTheCommunesIsReportedAtItsCell() {
    Sheets sheets = example().text("Hương ước, quy ước", "Thôn", 2, "Thôn Mới");

    ConversionResult result = Fixtures.convert(sheets.bytes());

    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.reference()).isEqualTo("Hương ước, quy ước!B6");
      assertThat(p.jsonPath()).isEqualTo("$.villageConventions[2].villageId");
      assertThat(p.message()).contains("refers to no element of commune.villages");
    });
  }

  @Test
  void aNestedRowNamingNoParentIsReportedAtItsLinkCell() {
    Sheets sheets = example().text("Hình thức công khai", "Mã thông tin công khai", 0, "DS-99");

    ConversionResult result = Fixtures.convert(sheets.bytes());

    assertThat(result.problems()).extracting(WorkbookProblem::reference, WorkbookProblem::message)
        .contains(tuple("Hình thức công khai!A4", "không có dòng mã “DS-99” ở trang “Công khai thông tin”"));
  }

  @Test
  void aDisclosureLeftWithoutChannelsIsReportedOnItsRow() {
    Sheets sheets = example().remove("Hình thức công khai");

    ConversionResult result = Fixtures.convert(sheets.bytes());

    assertThat(result.problems()).hasSize(12).first().satisfies(p -> {
      assertThat(p.reference()).isEqualTo("Công khai thông tin!A4");
      assertThat(p.jsonPath()).isEqualTo("$.disclosures[0].channels");
      assertThat(p.message()).isEqualTo("chưa có dòng nào ở trang “Hình thức công khai” mang mã của dòng này");
    });
  }

  @Test
  void aDuplicateIdAndACountAboveItsWholeAreReportedWhereTheyWereTyped() {
    Sheets sheets = example().text("Khiếu nại", "Mã", 1, "K-01");
    sheets.cell("Hồ sơ TTHC theo tháng", "Tiếp nhận trực tuyến", 2).setCellValue(5000);

    ConversionResult result = Fixtures.convert(sheets.bytes());

    assertThat(result.problems()).extracting(WorkbookProblem::reference, WorkbookProblem::jsonPath).containsExactly(
        tuple("Khiếu nại!A5", "$.complaints[1].id"),
        tuple("Hồ sơ TTHC theo tháng!C6", "$.administrativeDossiers.monthlyAggregates[2].receivedOnline"));
  }

  @Test
  void bothFormsOfAdministrativeDossiersAreReportedOnTheFirstFormsSheet() {
    Sheets sheets = new Sheets(CONVERTER.template(Fixtures.chiMinh(), 2025));
    sheets.text("Hồ sơ TTHC", "Mã", 0, "HS-1").text("Hồ sơ TTHC", "Mã thủ tục", 0, "1.001612")
        .text("Hồ sơ TTHC", "Ngày tiếp nhận", 0, "03/03/2025").text("Hồ sơ TTHC", "Nộp trực tuyến", 0, "Có")
        .text("Hồ sơ TTHC", "Ngày hẹn trả kết quả", 0, "04/03/2025");
    sheets.text("Hồ sơ TTHC theo tháng", "Tháng", 0, "01/2025");

    ConversionResult result = Fixtures.convert(sheets.bytes());

    assertThat(result.problems()).extracting(WorkbookProblem::reference, WorkbookProblem::jsonPath)
        .contains(tuple("Hồ sơ TTHC!A4", "$.administrativeDossiers"));
  }

  @Test
  void anUnknownColumnAndAnUnknownSheetAreReportedRatherThanSilentlyDropped() {
    Sheets sheets = example();
    sheets.sheet("Khiếu nại").getRow(Sheets.HEADER_ROW).createCell(20).setCellValue("Ghi chú riêng");
    sheets.workbook.setSheetName(sheets.workbook.getSheetIndex("Tố cáo"), "To cao");

    ConversionResult result = Fixtures.convert(sheets.bytes());

    assertThat(result.problems()).extracting(WorkbookProblem::reference)
        .contains("Khiếu nại!U2", "To cao!A1");
  }

  @Test
  void bytesThatAreNoWorkbookGiveOneProblemNamingWhatTheyAre() {
    ConversionResult result = Fixtures.convert("{\"formatVersion\":\"1.0\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.sheet()).isNull();
      assertThat(p.jsonPath()).isEqualTo("$");
      assertThat(p.message()).startsWith("tệp không phải bảng tính Excel (.xlsx hoặc .xls) mà là tệp JSON");
    });
  }
}
