package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.qcdc.workbook.RecordEdit.FieldProblem;
import vn.qcdc.i18n.Message;

/**
 * Changes one record through the workbook: exports the dossier, rewrites the record's row and its nested rows (or
 * blanks them to delete it), and converts the workbook back, blaming each problem of those rows on its form input.
 */
final class RecordEditor {

  private final WorkbookConverter converter;
  private final WorkbookLayout layout;
  private final FormFields fields;

  RecordEditor(WorkbookConverter converter, FormFields fields) {
    this.converter = converter;
    this.layout = converter.layout();
    this.fields = fields;
  }

  /**
   * Adds a record ({@code index} null, after the section's {@code count} records), replaces record {@code index}, or
   * deletes it ({@code input} null).
   */
  RecordEdit edit(ObjectNode tree, SheetSpec spec, int count, Integer index, RecordInput input, Declarant declarant) {
    List<FieldProblem> tooLong = input == null ? List.of() : tooLong(spec, input);
    if (!tooLong.isEmpty()) {
      return new RecordEdit(null, tooLong);
    }
    Map<String, String> blame = new HashMap<>();
    byte[] edited;
    // A record added to a section declared "không phát sinh" withdraws the declaration: the section now has records.
    ObjectNode written = input != null && Declarations.isEmpty(tree, spec.key()) ? Declarations.withdrawn(tree, spec.key())
        : tree;
    try (Workbook book = open(converter.write(written, sheetsWith(tree, spec)));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      int r = spec.firstDataRow() + (index == null ? count : index);
      Sheet sheet = book.getSheet(spec.name());
      Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
      String oldId = index == null ? null : shown(row.getCell(column(spec, "id")));
      clear(row);
      String newId = input == null ? null : input.fields().getOrDefault("id", "").strip();
      if (input != null) {
        write(row, spec, input.fields(), "", blame);
      }
      for (SheetSpec child : layout.nestedTables(spec.key())) {
        Sheet childSheet = book.getSheet(child.name());
        clearOwned(childSheet, child, column(child, Column.PARENT), oldId);
        List<Map<String, String>> rows = input == null ? List.of()
            : input.nested().getOrDefault(child.key(), List.of());
        int next = Math.max(childSheet.getLastRowNum() + 1, child.firstDataRow());
        for (int n = 0; n < rows.size(); n++) {
          if (rows.get(n).values().stream().allMatch(String::isBlank)) {
            continue;
          }
          Row childRow = childSheet.createRow(next++);
          Map<String, String> values = new HashMap<>(rows.get(n));
          values.put(Column.PARENT, newId);
          write(childRow, child, values, RecordForms.nestedName(child.key(), n, ""), blame);
        }
      }
      followEvidence(book, oldId, newId);
      book.write(out);
      edited = out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return outcome(converter.convertEdit(edited, declarant, tree), blame);
  }

  /** The converted dossier, or its problems with the form input to blame for those in the edited rows. */
  private static RecordEdit outcome(ConversionResult result, Map<String, String> blame) {
    if (result.accepted()) {
      return new RecordEdit(result.json(), List.of());
    }
    List<FieldProblem> problems = result.problems().stream().map(p -> {
      String field = p.cell() == null ? null : blame.get(p.sheet() + "!" + p.cell());
      return new FieldProblem(field, p.reference() + " (" + p.jsonPath() + ")", p.text());
    }).toList();
    return new RecordEdit(null, problems);
  }

  /** Texts longer than a workbook cell holds, which the workbook (and so the dossier) cannot take. */
  private List<FieldProblem> tooLong(SheetSpec spec, RecordInput input) {
    int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    List<FieldProblem> out = new ArrayList<>();
    Map<String, FormField> byName = new HashMap<>();
    fields.of(spec, null).forEach(f -> byName.put(f.name(), f));
    input.fields().forEach((name, text) -> {
      if (text != null && text.length() > max && byName.containsKey(name)) {
        out.add(new FieldProblem(name, null, Message.of("workbook.column", byName.get(name).label(),
            Message.of("workbook.form.tooLong", text.length(), max))));
      }
    });
    for (SheetSpec child : layout.nestedTables(spec.key())) {
      List<Map<String, String>> rows = input.nested().getOrDefault(child.key(), List.of());
      for (int n = 0; n < rows.size(); n++) {
        for (Map.Entry<String, String> value : rows.get(n).entrySet()) {
          if (value.getValue() != null && value.getValue().length() > max) {
            out.add(new FieldProblem(RecordForms.nestedName(child.key(), n, value.getKey()), null,
                Message.of("workbook.form.tooLong", value.getValue().length(), max)));
          }
        }
      }
    }
    return out;
  }

  /** Writes a row's texts into its cells and remembers which form input each cell came from. */
  private static void write(Row row, SheetSpec spec, Map<String, String> values, String prefix,
      Map<String, String> blame) {
    String sheet = row.getSheet().getSheetName();
    for (int i = 0; i < spec.columns().size(); i++) {
      Column column = spec.columns().get(i);
      String key = column.isLink() ? column.key() : column.locator();
      String text = values.getOrDefault(key, "");
      String reference = new CellReference(row.getRowNum(), i).formatAsString(false);
      blame.put(sheet + "!" + reference, column.isLink() ? "id" : prefix + column.locator());
      if (text != null && !text.isBlank()) {
        row.createCell(i).setCellValue(text.strip());
      }
    }
  }

  /** Blanks the rows of a nested sheet that belong to record {@code ownerId}; blank rows are not read. */
  private static void clearOwned(Sheet sheet, SheetSpec spec, int linkColumn, String ownerId) {
    if (ownerId == null) {
      return;
    }
    for (int r = spec.firstDataRow(); r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row != null && ownerId.equals(shown(row.getCell(linkColumn)))) {
        clear(row);
      }
    }
  }

  /** Keeps a record's evidence with it when its id changes, and drops the evidence of a deleted record. */
  private void followEvidence(Workbook book, String oldId, String newId) {
    SheetSpec spec = layout.sheet(WorkbookLayout.EVIDENCE);
    Sheet sheet = book.getSheet(spec.name());
    if (oldId == null || sheet == null) {
      return;
    }
    int link = column(spec, Column.RECORD);
    for (int r = spec.firstDataRow(); r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row != null && oldId.equals(shown(row.getCell(link)))) {
        if (newId == null) {
          clear(row);
        } else {
          row.getCell(link).setCellValue(newId);
        }
      }
    }
  }

  /**
   * Declares the section empty: its sheet is written with no rows and the cover answers Có, so it is read back as an
   * empty section declared by {@code declarant} now.
   */
  RecordEdit declareNone(ObjectNode tree, SheetSpec spec, Declarant declarant) {
    ObjectNode declared = tree.deepCopy();
    if (declared.hasNonNull(spec.key()) && !Declarations.isEmpty(declared, spec.key())) {
      return new RecordEdit(null, List.of(new FieldProblem(null, "$." + spec.key(),
          Message.of("workbook.form.declaredHasRecords"))));
    }
    declared.putArray(spec.key());
    return outcome(converter.convertEdit(converter.write(declared, sheetsWith(tree, spec)), declarant, tree), Map.of());
  }

  /** The sheets the dossier fills, and the section's sheet and its nested sheets even when they hold no rows. */
  private Set<String> sheetsWith(ObjectNode tree, SheetSpec spec) {
    Set<String> sheets = converter.presentSheets(tree);
    sheets.add(spec.key());
    layout.nestedTables(spec.key()).forEach(s -> sheets.add(s.key()));
    return sheets;
  }

  private static int column(SheetSpec spec, String key) {
    return spec.indexOf(spec.column(key).orElseThrow());
  }

  private static void clear(Row row) {
    for (int i = row.getLastCellNum() - 1; i >= 0; i--) {
      Cell cell = row.getCell(i);
      if (cell != null) {
        row.removeCell(cell);
      }
    }
  }

  /** The cell as the workbook shows it; a formatter per call, as DataFormatter is not thread-safe. */
  static String shown(Cell cell) {
    return cell == null ? "" : new DataFormatter().formatCellValue(cell).strip();
  }

  static Workbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }
}
