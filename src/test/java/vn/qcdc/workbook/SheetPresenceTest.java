package vn.qcdc.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qcdc.workbook.Fixtures.CONVERTER;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Format §1.4 in the workbook: a blank or deleted sheet reports nothing; only "Có" in the cover's "Không phát sinh
 * trong kỳ" row declares that nothing of the kind arose.
 */
class SheetPresenceTest {

  private static JsonNode converted(Sheets sheets) {
    ConversionResult result = Fixtures.convert(sheets.bytes());
    assertThat(result.problems()).isEmpty();
    return Fixtures.tree(result.json());
  }

  private static Sheets template() {
    return new Sheets(CONVERTER.template(Fixtures.chiMinh(), 2025));
  }

  @Test
  void aSheetWithOnlyItsHeadersIsNotReported() {
    Sheets sheets = template().answer("Tố cáo", "Không");

    JsonNode dossier = converted(sheets);

    assertThat(dossier.has("complaints")).isFalse();
    assertThat(dossier.has("denunciations")).isFalse();
    assertThat(dossier.has("administrativeDossiers")).isFalse();
  }

  @Test
  void coAtTheCoverDeclaresTheSectionEmptyWithWhoAndWhen() {
    Sheets sheets = template().answer("Khiếu nại (giải quyết lần đầu)", "Có").declarant("Trần Thị Bình");

    JsonNode dossier = converted(sheets);

    assertThat(dossier.get("formatVersion").asText()).isEqualTo("1.1");
    assertThat(dossier.get("complaints").isArray()).isTrue();
    assertThat(dossier.get("complaints")).isEmpty();
    assertThat(dossier.get("declarations")).singleElement().satisfies(d -> {
      assertThat(d.get("section").asText()).isEqualTo("complaints");
      assertThat(d.get("declaredBy").asText()).isEqualTo("Trần Thị Bình");
      assertThat(d.get("declaredAt").asText()).isEqualTo(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME
          .format(Fixtures.TESTER.at()));
    });
    assertThat(dossier.has("denunciations")).isFalse();
  }

  @Test
  void aDeclarationMadeAtAWholeMinuteKeepsItsSeconds() {
    Sheets sheets = template().answer("Khiếu nại (giải quyết lần đầu)", "Có").declarant("Trần Thị Bình");
    Declarant atNine = new Declarant("Nguyễn Văn An", java.time.OffsetDateTime.parse("2026-03-02T09:00:00+07:00"));

    ConversionResult result = Fixtures.CONVERTER.convert(sheets.bytes(), atNine);

    assertThat(result.problems()).isEmpty();
    assertThat(Fixtures.tree(result.json()).at("/declarations/0/declaredAt").asText())
        .isEqualTo("2026-03-02T09:00:00+07:00");
  }

  @Test
  void withoutANameOnTheCoverTheUploaderStandsBehindTheDeclaration() {
    Sheets sheets = template().answer("Hồ sơ thủ tục hành chính", "Có");

    JsonNode dossier = converted(sheets);

    assertThat(dossier.at("/administrativeDossiers/records")).isEmpty();
    assertThat(dossier.at("/declarations/0/declaredBy").asText()).isEqualTo("Nguyễn Văn An");
  }

  @Test
  void coForASectionWhoseSheetHasRowsIsRejectedAtTheCoverCell() {
    Sheets sheets = template().answer("Khiếu nại (giải quyết lần đầu)", "Có")
        .text("Khiếu nại", "Mã", 0, "K-1").text("Khiếu nại", "Ngày nhận đơn", 0, "03/02/2025")
        .text("Khiếu nại", "Thuộc thẩm quyền", 0, "Có");

    ConversionResult result = Fixtures.convert(sheets.bytes());

    assertThat(result.accepted()).isFalse();
    assertThat(result.problems()).anySatisfy(p -> {
      assertThat(p.sheet()).isEqualTo("Thông tin chung");
      assertThat(p.message()).contains("đã chọn Có (không phát sinh trong kỳ) nhưng trang của mục này có dữ liệu");
    });
  }

  @Test
  void aDeclarationNeedsAPersonWhenNobodyUploads() {
    Sheets sheets = template().answer("Khiếu nại (giải quyết lần đầu)", "Có");

    ConversionResult result = CONVERTER.convert(sheets.bytes());

    assertThat(result.problems()).singleElement().satisfies(p ->
        assertThat(p.message()).contains("hãy ghi tên người khai báo"));
  }

  @Test
  void aDeletedSheetMeansTheSectionIsNotReported() {
    Sheets sheets = template().answer("Tố cáo", "Có").remove("Khiếu nại");

    JsonNode dossier = converted(sheets);

    assertThat(dossier.has("complaints")).isFalse();
    assertThat(dossier.get("denunciations")).isEmpty();
  }

  @Test
  void anObjectSectionWithoutItsRowIsNotReported() {
    Sheets sheets = template().answer("Tố cáo", "Không");

    JsonNode dossier = converted(sheets);

    assertThat(dossier.has("procedurePublication")).isFalse();
    assertThat(dossier.has("selfAssessment")).isFalse();
  }

  @Test
  void theExampleExportAnswersCoForASectionItDeclaresEmptyAndHasNoSheetForOneItDoesNotReport() {
    var example = Fixtures.example();
    example.remove("petitions");
    example.putArray("violations");

    Sheets sheets = new Sheets(CONVERTER.export(Fixtures.bytes(example)));
    JsonNode dossier = converted(sheets);

    assertThat(sheets.workbook.getSheet("Phản ánh, kiến nghị")).isNull();
    assertThat(sheets.sheet("Vi phạm, kỷ luật, kết luận").getLastRowNum()).isEqualTo(Sheets.HEADER_ROW + 1);
    assertThat(sheets.cover("Không phát sinh trong kỳ: Vi phạm, kỷ luật, kết luận").getStringCellValue())
        .isEqualTo("Có");
    assertThat(dossier.has("petitions")).isFalse();
    assertThat(dossier.get("violations")).isEmpty();
    assertThat(dossier.get("declarations")).anySatisfy(d ->
        assertThat(d.get("section").asText()).isEqualTo("violations"));
  }

  @Test
  void anExportedDeclarationKeepsItsPerson() {
    var example = Fixtures.example();
    example.put("formatVersion", "1.1");
    example.putArray("violations");
    example.putArray("declarations").addObject().put("section", "violations").put("declaredBy", "Lê Văn Cường")
        .put("declaredAt", "2026-01-05T09:30:00+07:00");

    JsonNode dossier = converted(new Sheets(CONVERTER.export(Fixtures.bytes(example))));

    assertThat(dossier.at("/declarations/0/declaredBy").asText()).isEqualTo("Lê Văn Cường");
  }

  @Test
  void aRequiredNestedListIsEmptyWhenItsSheetHasNoRowsForTheParent() {
    Sheets sheets = new Sheets(CONVERTER.export(Fixtures.exampleBytes()));

    JsonNode dossier = converted(sheets);

    assertThat(dossier.at("/denunciations/0/extensions").isArray()).isTrue();
    assertThat(dossier.at("/denunciations/0/extensions")).isEmpty();
    assertThat(dossier.at("/coordinationActivities/2/recommendations")).isEmpty();
    assertThat(dossier.at("/complaints/0").has("evidence")).isFalse();
  }
}
