package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.qcdc.workbook.RecordEdit.FieldProblem;
import vn.qcdc.workbook.SheetSpec.Shape;

/**
 * One record at a time: a form is one row of the section's workbook sheet (and the rows of its nested sheets), so a
 * record added or changed in a form is read, checked and located exactly as in an uploaded workbook. Each edit
 * exports the dossier to a workbook, changes the record's rows and converts the workbook back.
 */
public final class RecordForms {

  static final String NESTED = "nested.";
  private static final Pattern NUMBERED_ID = Pattern.compile("(.*?)(\\d+)");

  private final WorkbookConverter converter;
  private final WorkbookLayout layout;

  public RecordForms(WorkbookConverter converter) {
    this.converter = converter;
    this.layout = converter.layout();
  }

  /** The sections kept one record per row, which forms edit: key and Vietnamese title. */
  public Map<String, String> sections() {
    Map<String, String> out = new LinkedHashMap<>();
    layout.sheets().stream().filter(s -> s.shape() == Shape.TABLE && s.parent() == null)
        .forEach(s -> out.put(s.key(), title(s)));
    return out;
  }

  /** The fields shown as the columns of a section's record list. */
  public List<FormField> columns(String section) {
    return fields(table(section), null);
  }

  /** Each record of the section as the texts of its fields, in order; empty when the section is absent. */
  public List<Map<String, String>> records(byte[] dossierJson, String section) {
    SheetSpec spec = table(section);
    ObjectNode tree = DossierJson.parse(dossierJson);
    try (Workbook book = exported(tree)) {
      return rows(book, tree, spec, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The form of record {@code index} of the section, or of a new record when {@code index} is null (its id proposed
   * after the section's last numbered id).
   *
   * @throws NoSuchElementException when the section has no such record
   */
  public RecordForm form(byte[] dossierJson, String section, Integer index) {
    SheetSpec spec = table(section);
    ObjectNode tree = DossierJson.parse(dossierJson);
    try (Workbook book = exported(tree)) {
      List<Map<String, String>> records = rows(book, tree, spec, null);
      Map<String, String> values = new HashMap<>();
      if (index == null) {
        nextId(records).ifPresent(id -> values.put("id", id));
      } else if (index < 0 || index >= records.size()) {
        throw new NoSuchElementException("the section " + section + " has no record " + index);
      } else {
        values.putAll(records.get(index));
      }
      List<RecordForm.NestedRows> nested = new ArrayList<>();
      for (SheetSpec child : nestedSheets(spec)) {
        String owner = values.get("id");
        List<Map<String, String>> rows = index == null || owner == null ? List.of() : rows(book, tree, child, owner);
        nested.add(new RecordForm.NestedRows(child.key(), title(child), fields(child, tree), rows));
      }
      List<FormField> fields = fields(spec, tree).stream()
          .map(f -> f.withValue(values.getOrDefault(f.name(), ""))).toList();
      return new RecordForm(section, title(spec), index, fields, nested);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a record form's request parameters: fields by name, nested rows as {@code nested.<key>.<n>.<name>}. */
  public RecordInput input(String section, Map<String, String> parameters) {
    SheetSpec spec = table(section);
    Map<String, String> fields = new HashMap<>();
    fields(spec, null).forEach(f -> fields.put(f.name(), parameters.getOrDefault(f.name(), "")));
    Map<String, List<Map<String, String>>> nested = new HashMap<>();
    for (SheetSpec child : nestedSheets(spec)) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (int n = 0; hasRow(parameters, child.key(), n); n++) {
        Map<String, String> row = new HashMap<>();
        String prefix = nestedName(child.key(), n, "");
        fields(child, null).forEach(f -> row.put(f.name(), parameters.getOrDefault(prefix + f.name(), "")));
        rows.add(row);
      }
      nested.put(child.key(), rows);
    }
    return new RecordInput(fields, nested);
  }

  /** Adds a record ({@code index} null) or replaces record {@code index}, with its nested rows. */
  public RecordEdit save(byte[] dossierJson, String section, Integer index, RecordInput input) {
    return edit(dossierJson, section, index, input);
  }

  /** Deletes record {@code index} with its nested rows and evidence; the last record deleted leaves "declared none". */
  public RecordEdit delete(byte[] dossierJson, String section, int index) {
    return edit(dossierJson, section, index, null);
  }

  /** Declares that the section has nothing to report this year (an empty list), when it is not reported yet. */
  public RecordEdit declareNone(byte[] dossierJson, String section) {
    SheetSpec spec = table(section);
    ObjectNode tree = DossierJson.parse(dossierJson);
    Set<String> sheets = converter.presentSheets(tree);
    sheets.add(spec.key());
    nestedSheets(spec).forEach(s -> sheets.add(s.key()));
    return outcome(converter.convert(converter.write(tree, sheets)), Map.of());
  }

  /** Edits through the workbook: {@code input} null deletes the record. */
  private RecordEdit edit(byte[] dossierJson, String section, Integer index, RecordInput input) {
    SheetSpec spec = table(section);
    ObjectNode tree = DossierJson.parse(dossierJson);
    List<SheetRows.Entry> entries = new SheetRows(layout, tree).of(section);
    int count = entries == null ? 0 : entries.size();
    if (index != null && (index < 0 || index >= count)) {
      throw new NoSuchElementException("the section " + section + " has no record " + index);
    }
    List<FieldProblem> tooLong = input == null ? List.of() : tooLong(spec, input);
    if (!tooLong.isEmpty()) {
      return new RecordEdit(null, tooLong);
    }
    Set<String> sheets = converter.presentSheets(tree);
    sheets.add(spec.key());
    nestedSheets(spec).forEach(s -> sheets.add(s.key()));
    Map<String, String> blame = new HashMap<>();
    byte[] edited;
    try (Workbook book = open(converter.write(tree, sheets)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      int r = spec.firstDataRow() + (index == null ? count : index);
      Sheet sheet = book.getSheet(spec.name());
      Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
      String oldId = index == null ? null : text(row.getCell(column(spec, "id")));
      clear(row);
      String newId = input == null ? null : input.fields().getOrDefault("id", "").strip();
      if (input != null) {
        write(row, spec, input.fields(), "", blame);
      }
      for (SheetSpec child : nestedSheets(spec)) {
        Sheet childSheet = book.getSheet(child.name());
        clearOwned(childSheet, child, column(child, Column.PARENT), oldId);
        List<Map<String, String>> rows = input == null ? List.of() : input.nested().getOrDefault(child.key(), List.of());
        int next = Math.max(childSheet.getLastRowNum() + 1, child.firstDataRow());
        for (int n = 0; n < rows.size(); n++) {
          if (rows.get(n).values().stream().allMatch(String::isBlank)) {
            continue;
          }
          Row childRow = childSheet.createRow(next++);
          Map<String, String> values = new HashMap<>(rows.get(n));
          values.put(Column.PARENT, newId);
          write(childRow, child, values, nestedName(child.key(), n, ""), blame);
        }
      }
      followEvidence(book, oldId, newId);
      book.write(out);
      edited = out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return outcome(converter.convert(edited), blame);
  }

  /** The converted dossier, or its problems with the form input to blame for those in the edited rows. */
  private static RecordEdit outcome(ConversionResult result, Map<String, String> blame) {
    if (result.accepted()) {
      return new RecordEdit(result.json(), List.of());
    }
    List<FieldProblem> problems = result.problems().stream().map(p -> {
      String field = p.cell() == null ? null : blame.get(p.sheet() + "!" + p.cell());
      return new FieldProblem(field, p.reference() + " (" + p.jsonPath() + ")", p.message());
    }).toList();
    return new RecordEdit(null, problems);
  }

  /** Texts longer than a workbook cell holds, which the workbook (and so the dossier) cannot take. */
  private List<FieldProblem> tooLong(SheetSpec spec, RecordInput input) {
    int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    List<FieldProblem> out = new ArrayList<>();
    Map<String, FormField> fields = new HashMap<>();
    fields(spec, null).forEach(f -> fields.put(f.name(), f));
    input.fields().forEach((name, text) -> {
      if (text != null && text.length() > max && fields.containsKey(name)) {
        out.add(new FieldProblem(name, null, "“" + fields.get(name).label() + "”: quá dài (" + text.length()
            + " ký tự); một ô chứa tối đa " + max + " ký tự"));
      }
    });
    for (SheetSpec child : nestedSheets(spec)) {
      List<Map<String, String>> rows = input.nested().getOrDefault(child.key(), List.of());
      for (int n = 0; n < rows.size(); n++) {
        for (Map.Entry<String, String> value : rows.get(n).entrySet()) {
          if (value.getValue() != null && value.getValue().length() > max) {
            out.add(new FieldProblem(nestedName(child.key(), n, value.getKey()), null, "quá dài ("
                + value.getValue().length() + " ký tự); một ô chứa tối đa " + max + " ký tự"));
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
      if (row != null && ownerId.equals(text(row.getCell(linkColumn)))) {
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
      if (row != null && oldId.equals(text(row.getCell(link)))) {
        if (newId == null) {
          clear(row);
        } else {
          row.getCell(link).setCellValue(newId);
        }
      }
    }
  }

  /** The texts of a sheet's rows in the exported workbook; on a nested sheet only those of record {@code ownerId}. */
  private List<Map<String, String>> rows(Workbook book, ObjectNode tree, SheetSpec spec, String ownerId) {
    List<SheetRows.Entry> entries = new SheetRows(layout, tree).of(spec.key());
    Sheet sheet = book.getSheet(spec.name());
    if (entries == null || sheet == null) {
      return List.of();
    }
    List<Map<String, String>> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (ownerId == null || ownerId.equals(entries.get(i).owner())) {
        out.add(texts(sheet.getRow(spec.firstDataRow() + i), spec));
      }
    }
    return out;
  }

  private Workbook exported(ObjectNode tree) throws IOException {
    return open(converter.write(tree, converter.presentSheets(tree)));
  }

  /** The fields of a sheet's row; with the dossier, choices of villages and of referenced records are offered. */
  private List<FormField> fields(SheetSpec spec, ObjectNode treeOrNull) {
    List<FormField> out = new ArrayList<>();
    for (Column column : spec.columns()) {
      if (!column.isLink()) {
        List<String> options = options(column, treeOrNull);
        out.add(new FormField(column.locator(), column.header(), column.note(), input(column, options),
            column.highlighted(), options, ""));
      }
    }
    return out;
  }

  private static FormField.Input input(Column column, List<String> options) {
    return switch (column.kind()) {
      case TEXT_LINES -> FormField.Input.LINES;
      case INTEGER, DECIMAL -> FormField.Input.NUMBER;
      case DATE -> FormField.Input.DATE;
      case MONTH -> FormField.Input.MONTH;
      case ENUM, BOOLEAN, VILLAGE -> FormField.Input.SELECT;
      case REFERENCE -> options.isEmpty() ? FormField.Input.TEXT : FormField.Input.SELECT;
      case ENUM_FLAG -> FormField.Input.CHECK;
      default -> FormField.Input.TEXT;
    };
  }

  private List<String> options(Column column, ObjectNode treeOrNull) {
    return switch (column.kind()) {
      case ENUM -> layout.schema().enumValues(column.enumeration()).stream().map(v -> {
        String label = layout.labels().enumLabel(column.enumeration(), v);
        return label != null ? label : v;
      }).toList();
      case BOOLEAN -> List.of(layout.labels().yes(), layout.labels().no());
      case VILLAGE -> treeOrNull == null ? List.of() : villageNames(treeOrNull);
      case REFERENCE -> treeOrNull == null ? List.of() : ids(treeOrNull, column.target());
      default -> List.of();
    };
  }

  /** The commune's villages as the workbook names them: by name where the name is unambiguous, else by id. */
  private static List<String> villageNames(JsonNode tree) {
    Map<String, String> names = DataWriter.villageNames(tree);
    List<String> out = new ArrayList<>();
    for (JsonNode village : tree.at("/commune/villages")) {
      String id = village.path("id").asText("");
      out.add(names.getOrDefault(id, id));
    }
    return out;
  }

  /** The ids of the records of a sheet, which a reference column may name. */
  private List<String> ids(ObjectNode tree, String sheet) {
    List<SheetRows.Entry> entries = new SheetRows(layout, tree).of(sheet);
    return entries == null ? List.of() : entries.stream().map(e -> e.object().path("id").asText(""))
        .filter(id -> !id.isEmpty()).toList();
  }

  private static Map<String, String> texts(Row row, SheetSpec spec) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < spec.columns().size(); i++) {
      Column column = spec.columns().get(i);
      out.put(column.isLink() ? column.key() : column.locator(), row == null ? "" : text(row.getCell(i)));
    }
    return out;
  }

  /** After the section's last id of the form {@code K-05}, the next one ({@code K-06}). */
  private static Optional<String> nextId(List<Map<String, String>> records) {
    for (int i = records.size() - 1; i >= 0; i--) {
      Matcher m = NUMBERED_ID.matcher(records.get(i).getOrDefault("id", ""));
      if (m.matches()) {
        String number = String.valueOf(Long.parseLong(m.group(2)) + 1);
        String padded = "0".repeat(Math.max(0, m.group(2).length() - number.length())) + number;
        return Optional.of(m.group(1) + padded);
      }
    }
    return Optional.empty();
  }

  private static boolean hasRow(Map<String, String> parameters, String key, int n) {
    String prefix = nestedName(key, n, "");
    return parameters.keySet().stream().anyMatch(p -> p.startsWith(prefix));
  }

  /** The form input name of a nested row's field. */
  public static String nestedName(String key, int row, String field) {
    return NESTED + key + "." + row + "." + field;
  }

  private List<SheetSpec> nestedSheets(SheetSpec spec) {
    return layout.children(spec.key()).stream().filter(s -> s.shape() == Shape.TABLE).toList();
  }

  private SheetSpec table(String section) {
    SheetSpec spec = layout.sheets().stream().filter(s -> s.key().equals(section)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("no section " + section));
    if (spec.shape() != Shape.TABLE || spec.parent() != null) {
      throw new NoSuchElementException("the section " + section + " is not kept one record per row");
    }
    return spec;
  }

  private static int column(SheetSpec spec, String key) {
    for (int i = 0; i < spec.columns().size(); i++) {
      if (spec.columns().get(i).key().equals(key)) {
        return i;
      }
    }
    throw new IllegalStateException("sheet " + spec.key() + " has no column " + key);
  }

  private static String title(SheetSpec spec) {
    return spec.title() != null ? spec.title() : spec.name();
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
  private static String text(Cell cell) {
    return cell == null ? "" : new DataFormatter().formatCellValue(cell).strip();
  }

  private static Workbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }
}
