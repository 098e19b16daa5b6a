package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.qcdc.workbook.SheetSpec.Shape;

/** Fills a laid-out workbook with the values of a dossier tree, one row per record. */
final class DataWriter {

  private final WorkbookLayout layout;

  DataWriter(WorkbookLayout layout) {
    this.layout = layout;
  }

  void fill(Workbook workbook, WorkbookStyles styles, ObjectNode dossier, SheetRows rows) {
    CellWriter cells = new CellWriter(layout.labels(), villageNames(dossier));
    for (SheetSpec spec : layout.sheets()) {
      Sheet sheet = workbook.getSheet(spec.name());
      List<SheetRows.Entry> entries = rows.of(spec.key());
      if (sheet == null || entries == null) {
        continue;
      }
      if (spec.shape() == Shape.COVER) {
        for (int i = 0; i < spec.columns().size(); i++) {
          Column column = spec.columns().get(i);
          Row row = sheet.getRow(spec.firstDataRow() + i);
          cells.write(cell(row, 1, styles, column), column, valueOf(dossier, column));
          RowHeights.fit(row);
        }
        continue;
      }
      int r = spec.firstDataRow();
      for (SheetRows.Entry entry : entries) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        r++;
        for (int i = 0; i < spec.columns().size(); i++) {
          Column column = spec.columns().get(i);
          JsonNode value = column.isLink() ? textOrNull(entry.owner()) : valueOf(entry.object(), column);
          if (value != null && !value.isMissingNode() && !value.isNull()) {
            cells.write(cell(row, i, styles, column), column, value);
          }
        }
        RowHeights.fit(row);
      }
    }
  }

  private static JsonNode valueOf(JsonNode object, Column column) {
    JsonNode here = object;
    for (String step : column.field()) {
      here = here == null ? null : here.get(step);
    }
    return here;
  }

  private static Cell cell(Row row, int index, WorkbookStyles styles, Column column) {
    Cell cell = row.getCell(index) != null ? row.getCell(index) : row.createCell(index);
    cell.setCellStyle(styles.data(column.kind()));
    return cell;
  }

  private static JsonNode textOrNull(String text) {
    return text == null ? null : com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
  }

  /** Village id → name, for names that identify one village and are no other village's id. */
  static Map<String, String> villageNames(JsonNode dossier) {
    Map<String, String> names = new HashMap<>();
    Map<String, Integer> uses = new HashMap<>();
    JsonNode villages = dossier.at("/commune/villages");
    for (JsonNode village : villages) {
      uses.merge(VietnameseLabels.normalise(village.path("name").asText("")), 1, Integer::sum);
      uses.merge(VietnameseLabels.normalise(village.path("id").asText("")), 1, Integer::sum);
    }
    for (JsonNode village : villages) {
      String name = village.path("name").asText("");
      if (village.path("id").isTextual() && !name.isBlank() && uses.get(VietnameseLabels.normalise(name)) == 1) {
        names.put(village.get("id").asText(), name);
      }
    }
    return names;
  }
}
