package vn.qcdc.workbook;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Finds a sheet's header row and the columns its headers name, wherever users moved them. */
final class HeaderRow {

  private static final int SEARCH = 10;

  private final Map<String, Map<String, Column>> bySheet = new HashMap<>();

  /** The row (0-based) holding the most of the sheet's headers, or -1. */
  int find(Sheet sheet, SheetSpec spec) {
    int best = -1;
    int bestMatches = 0;
    for (int r = 0; r <= Math.min(sheet.getLastRowNum(), SEARCH); r++) {
      Row row = sheet.getRow(r);
      int matches = row == null ? 0 : columns(row, spec).size();
      if (matches > bestMatches) {
        best = r;
        bestMatches = matches;
      }
    }
    return best;
  }

  /** The known columns of a header row by column index; a header seen twice counts once. */
  Map<Integer, Column> columns(Row header, SheetSpec spec) {
    Map<Integer, Column> found = new LinkedHashMap<>();
    for (Cell cell : header) {
      Column column = CellReader.isBlank(cell) ? null : match(spec, cell.toString());
      if (column != null && !found.containsValue(column)) {
        found.put(cell.getColumnIndex(), column);
      }
    }
    return found;
  }

  /** The column a header (or cover label) names, ignoring case, spacing, Unicode form and a required mark. */
  Column match(SheetSpec spec, String header) {
    Map<String, Column> byHeader = bySheet.computeIfAbsent(spec.key(), k -> {
      Map<String, Column> index = new HashMap<>();
      spec.columns().forEach(c -> index.putIfAbsent(VietnameseLabels.normalise(c.header()), c));
      return index;
    });
    return byHeader.get(VietnameseLabels.normalise(header.replace("*", "")));
  }

  /**
   * Whether the row is the notes row (it says what is required): recognised by the words that open the template's
   * Vietnamese notes (workbook.note.required, .optional), also in workbooks made from older templates.
   */
  static boolean isNotes(Row row) {
    if (row == null) {
      return false;
    }
    for (Cell cell : row) {
      String text = CellReader.isBlank(cell) ? "" : cell.toString().trim();
      if (text.startsWith("Bắt buộc") || text.startsWith("Không bắt buộc")) {
        return true;
      }
    }
    return false;
  }
}
