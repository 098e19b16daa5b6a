package vn.qcdc.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The layout follows the JSON Schema and every name the workbook shows is in the Vietnamese labels file. */
class WorkbookLayoutTest {

  private final WorkbookLayout layout = new WorkbookLayout();
  private final SchemaModel schema = layout.schema();
  private final VietnameseLabels labels = layout.labels();

  @Test
  void everyEnumerationValueOfTheSchemaHasAVietnameseLabelUniqueInItsEnumeration() {
    schema.root().path("$defs").properties().forEach(def -> {
      if (def.getValue().has("enum")) {
        List<String> values = schema.enumValues(def.getKey());
        Set<String> seen = new HashSet<>();
        for (String value : values) {
          String label = labels.enumLabel(def.getKey(), value);
          assertThat(label).as(def.getKey() + "." + value).isNotBlank();
          assertThat(seen.add(VietnameseLabels.normalise(label))).as("duplicate label " + label).isTrue();
        }
      }
    });
  }

  @Test
  void aLabelReadsBackAsItsValue() {
    assertThat(labels.enumValue("CaseType", schema.enumValues("CaseType"), "khiếu  nại ")).contains("COMPLAINT");
    assertThat(labels.enumValue("CaseType", schema.enumValues("CaseType"), "Khiếu nại đông người")).isEmpty();
  }

  @Test
  void sheetNamesAreValidExcelNamesAndUnique() {
    Set<String> names = new HashSet<>();
    for (SheetSpec spec : layout.sheets()) {
      assertThat(spec.name()).hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[\\[\\]:*?/\\\\]");
      assertThat(names.add(VietnameseLabels.normalise(spec.name()))).as(spec.name()).isTrue();
    }
  }

  @Test
  void headersAreUniqueWithinEverySheetAndEveryColumnHasANote() {
    for (SheetSpec spec : layout.sheets()) {
      Set<String> headers = new HashSet<>();
      for (Column column : spec.columns()) {
        assertThat(headers.add(VietnameseLabels.normalise(column.header())))
            .as(spec.name() + ": " + column.header()).isTrue();
        assertThat(column.note()).matches("(Bắt buộc|Không bắt buộc).*");
      }
    }
  }

  @Test
  void everySectionOfTheSchemaHasASheetAndEveryFieldAColumnOrANestedSheet() {
    for (SheetSpec spec : layout.sheets()) {
      if (spec.shape() == SheetSpec.Shape.COVER) {
        continue;
      }
      JsonNode def = schema.def(spec.defName());
      for (String field : SchemaModel.propertyNames(def)) {
        SchemaModel.Shape shape = schema.shape(field, def.path("properties").path(field));
        boolean covered = switch (shape) {
          case EVIDENCE -> true;
          case OBJECT_LIST -> layout.children(spec.key()).stream().anyMatch(c -> c.path().get(0).equals(field));
          default -> spec.columns().stream().anyMatch(c -> c.key().equals(field) || c.key().startsWith(field + "."));
        };
        assertThat(covered).as(spec.key() + "." + field).isTrue();
      }
    }
    Set<String> sections = new HashSet<>();
    layout.sheets().forEach(s -> sections.add(s.path().isEmpty() ? "" : s.path().get(0)));
    schema.root().path("properties").fieldNames().forEachRemaining(section ->
        assertThat(sections.contains(section) || layout.sheet(WorkbookLayout.COVER).columns().stream()
            .anyMatch(c -> c.field().get(0).equals(section.equals(Declarations.FIELD) ? Declarations.COVER : section)))
            .as(section).isTrue());
  }

  @Test
  void conditionsAreSaidInVietnameseWithTheLabelsOfTheValues() {
    Column villageId = layout.sheet("communityDecisions").column("villageId").orElseThrow();
    Column dueDate = layout.sheet("reports").column("dueDate").orElseThrow();

    assertThat(villageId.condition().toString()).isEqualTo("khi “Phạm vi” là “Phạm vi thôn, tổ dân phố”");
    assertThat(dueDate.condition().toString())
        .startsWith("khi “Loại báo cáo” không phải “Báo cáo HĐND về công khai thông tin");
    // An English page says the same condition in English around the workbook's own column and value labels.
    assertThat(villageId.condition().in(java.util.Locale.ENGLISH))
        .isEqualTo("when “Phạm vi” is “Phạm vi thôn, tổ dân phố”");
  }
}
