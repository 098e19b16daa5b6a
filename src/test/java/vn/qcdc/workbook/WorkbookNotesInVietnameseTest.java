package vn.qcdc.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The meaning in every column's note (the workbook's notes row and the hint under each field of the record forms) is
 * Vietnamese: it comes from a {@code note.<definition>.<field>} entry of the labels file, never from the English
 * description of the schema. A field added to the schema without a Vietnamese note fails here, named.
 */
class WorkbookNotesInVietnameseTest {

  private final WorkbookLayout layout = new WorkbookLayout();
  private final SchemaModel schema = layout.schema();
  private final VietnameseLabels labels = layout.labels();

  @Test
  void everyColumnOfEverySheetHasAVietnameseMeaningInTheLabelsAndItsNoteEndsWithIt() {
    for (SheetSpec spec : layout.sheets()) {
      for (Column column : spec.columns()) {
        if (isLink(column)) {
          continue;
        }
        String key = noteKey(spec, column);
        String meaning = labels.get(key);
        assertThat(meaning).as("%s (sheet “%s”, column “%s”) has no Vietnamese meaning: add %s=… to %s", key,
            spec.name(), column.header(), key, VietnameseLabels.RESOURCE).isNotBlank();
        assertThat(column.note()).as(spec.name() + ": " + column.header()).endsWith(meaning.trim());
      }
    }
  }

  @Test
  void everyNoteOfTheLabelsIsVietnameseInNfcAndBelongsToAColumn() throws IOException {
    Set<String> columns = new HashSet<>(List.of("note.id"));
    for (SheetSpec spec : layout.sheets()) {
      spec.columns().stream().filter(c -> !isLink(c)).forEach(c -> columns.add(noteKey(spec, c)));
    }
    Properties file = new Properties();
    try (InputStream in = VietnameseLabels.class.getResourceAsStream(VietnameseLabels.RESOURCE)) {
      file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    for (String key : file.stringPropertyNames()) {
      if (!key.startsWith("note.")) {
        continue;
      }
      String meaning = file.getProperty(key);
      assertThat(columns).as("%s names no column of the workbook", key).contains(key);
      assertThat(Normalizer.isNormalized(meaning, Normalizer.Form.NFC)).as(key + " in NFC").isTrue();
      assertThat(meaning).as(key + " reads as Vietnamese").containsPattern("[À-ỹĐđ]");
    }
  }

  @Test
  void theIdOfARecordIsExplainedInVietnamese() {
    Column id = layout.sheet("complaints").column("id").orElseThrow();
    Column received = layout.sheet("complaints").column("receivedDate").orElseThrow();

    assertThat(id.note()).isEqualTo("Bắt buộc. Văn bản. Mã của vụ việc khiếu nại, không trùng trong toàn bộ hồ sơ; "
        + "trang tài liệu minh chứng dẫn chiếu đến mã này.");
    assertThat(received.note()).isEqualTo("Bắt buộc. Ngày, dạng dd/MM/yyyy (ví dụ 25/03/2025). Ngày nhận đơn.");
  }

  private static boolean isLink(Column column) {
    return column.key().equals(Column.PARENT) || column.key().equals(Column.RECORD);
  }

  /** The labels key of a column's meaning: the definition that declares the field (a nested object's own one). */
  private String noteKey(SheetSpec spec, Column column) {
    if (column.key().startsWith(Declarations.COVER + ".")) {
      return "note.SectionDeclaration." + (column.key().endsWith("." + Declarations.BY) ? "declaredBy" : "section");
    }
    String def = spec.defName();
    List<String> path = column.field();
    for (String part : path.subList(0, path.size() - 1)) {
      def = SchemaModel.refName(schema.def(def).path("properties").path(part));
    }
    return "note." + def + "." + path.get(path.size() - 1);
  }
}
