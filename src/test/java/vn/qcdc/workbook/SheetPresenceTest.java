package vn.qcdc.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qcdc.workbook.Fixtures.CONVERTER;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Format §1.4 in the workbook: an empty sheet declares that nothing arose, a deleted sheet reports nothing. */
class SheetPresenceTest {

  private static JsonNode converted(Sheets sheets) {
    ConversionResult result = CONVERTER.convert(sheets.bytes());
    assertThat(result.problems()).isEmpty();
    return Fixtures.tree(result.json());
  }

  @Test
  void aSheetWithOnlyItsHeadersDeclaresThatNothingOfTheKindArose() {
    Sheets sheets = new Sheets(CONVERTER.template(Fixtures.chiMinh(), 2025));

    JsonNode dossier = converted(sheets);

    assertThat(dossier.get("complaints").isArray()).isTrue();
    assertThat(dossier.get("complaints")).isEmpty();
  }

  @Test
  void aDeletedSheetMeansTheSectionIsNotReported() {
    Sheets sheets = new Sheets(CONVERTER.template(Fixtures.chiMinh(), 2025)).remove("Khiếu nại");

    JsonNode dossier = converted(sheets);

    assertThat(dossier.has("complaints")).isFalse();
    assertThat(dossier.has("denunciations")).isTrue();
  }

  @Test
  void anObjectSectionWithoutItsRowIsNotReported() {
    Sheets sheets = new Sheets(CONVERTER.template(Fixtures.chiMinh(), 2025));

    JsonNode dossier = converted(sheets);

    assertThat(dossier.has("procedurePublication")).isFalse();
    assertThat(dossier.has("selfAssessment")).isFalse();
  }

  @Test
  void theExampleExportHasNoSheetForASectionItDoesNotReportAndAnEmptySheetForOneItDeclaresEmpty() {
    var example = Fixtures.example();
    example.remove("petitions");
    example.putArray("violations");

    Sheets sheets = new Sheets(CONVERTER.export(Fixtures.bytes(example)));
    JsonNode dossier = converted(sheets);

    assertThat(sheets.workbook.getSheet("Phản ánh, kiến nghị")).isNull();
    assertThat(sheets.sheet("Vi phạm, kỷ luật, kết luận").getLastRowNum()).isEqualTo(Sheets.HEADER_ROW + 1);
    assertThat(dossier.has("petitions")).isFalse();
    assertThat(dossier.get("violations")).isEmpty();
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
