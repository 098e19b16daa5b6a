package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.qcdc.i18n.Worded;

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
  private final FormFields fields;
  private final RecordEditor editor;

  public RecordForms(WorkbookConverter converter) {
    this.converter = converter;
    this.layout = converter.layout();
    this.fields = new FormFields(layout);
    this.editor = new RecordEditor(converter, fields);
  }

  /** The sections kept one record per row, which forms edit: key and Vietnamese title. */
  public Map<String, String> sections() {
    Map<String, String> out = new LinkedHashMap<>();
    layout.recordSections().forEach(s -> out.put(s.key(), title(s)));
    return out;
  }

  /** The fields shown as the columns of a section's record list. */
  public List<FormField> columns(String section) {
    return fields.of(table(section), null);
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
      for (SheetSpec child : layout.nestedTables(spec.key())) {
        String owner = values.get("id");
        List<Map<String, String>> rows = index == null || owner == null ? List.of() : rows(book, tree, child, owner);
        nested.add(new RecordForm.NestedRows(child.key(), title(child), fields.of(child, tree), rows));
      }
      List<FormField> filled = fields.of(spec, tree).stream()
          .map(f -> f.withValue(values.getOrDefault(f.name(), ""))).toList();
      return new RecordForm(section, title(spec), index, filled, nested);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a record form's request parameters: fields by name, nested rows as {@code nested.<key>.<n>.<name>}. */
  public RecordInput input(String section, Map<String, String> parameters) {
    SheetSpec spec = table(section);
    Map<String, String> typed = new HashMap<>();
    fields.of(spec, null).forEach(f -> typed.put(f.name(), parameters.getOrDefault(f.name(), "")));
    Map<String, List<Map<String, String>>> nested = new HashMap<>();
    for (SheetSpec child : layout.nestedTables(spec.key())) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (int n = 0; hasRow(parameters, child.key(), n); n++) {
        Map<String, String> row = new HashMap<>();
        String prefix = nestedName(child.key(), n, "");
        fields.of(child, null).forEach(f -> row.put(f.name(), parameters.getOrDefault(prefix + f.name(), "")));
        rows.add(row);
      }
      nested.put(child.key(), rows);
    }
    return new RecordInput(typed, nested);
  }

  /** Adds a record ({@code index} null) or replaces record {@code index}, with its nested rows. */
  public RecordEdit save(byte[] dossierJson, String section, Integer index, RecordInput input) {
    return save(dossierJson, section, index, input, Declarant.now(null));
  }

  /** As {@link #save(byte[], String, Integer, RecordInput)}, by {@code declarant} (see {@link Declarant}). */
  public RecordEdit save(byte[] dossierJson, String section, Integer index, RecordInput input, Declarant declarant) {
    return edit(dossierJson, section, index, input, declarant);
  }

  /**
   * Deletes record {@code index} with its nested rows and evidence; the last record deleted leaves the section not
   * reported (only a person's declaration makes it "không phát sinh").
   */
  public RecordEdit delete(byte[] dossierJson, String section, int index) {
    return delete(dossierJson, section, index, Declarant.now(null));
  }

  public RecordEdit delete(byte[] dossierJson, String section, int index, Declarant declarant) {
    return edit(dossierJson, section, index, null, declarant);
  }

  private RecordEdit edit(byte[] dossierJson, String section, Integer index, RecordInput input, Declarant declarant) {
    SheetSpec spec = table(section);
    ObjectNode tree = DossierJson.parse(dossierJson);
    List<SheetRows.Entry> entries = new SheetRows(layout, tree).of(section);
    int count = entries == null ? 0 : entries.size();
    if (index != null && (index < 0 || index >= count)) {
      throw new NoSuchElementException("the section " + section + " has no record " + index);
    }
    return withinLimits(() -> editor.edit(tree, spec, count, index, input, declarant));
  }

  /**
   * A dossier too large for the workbook cannot be edited through it, and a busy service cannot read one now: the
   * form says so instead of failing.
   */
  private static RecordEdit withinLimits(java.util.function.Supplier<RecordEdit> edit) {
    try {
      return edit.get();
    } catch (WorkbookTooLargeException | ConversionSlots.WorkbookBusyException e) {
      return new RecordEdit(null, List.of(new RecordEdit.FieldProblem(null, "$", ((Worded) e).text())));
    }
  }

  /**
   * Declares that the section has nothing to report this year ("không phát sinh trong kỳ"): an empty section with the
   * declarant and the time in the dossier's declarations.
   */
  public RecordEdit declareNone(byte[] dossierJson, String section, Declarant declarant) {
    return withinLimits(() -> editor.declareNone(DossierJson.parse(dossierJson), table(section), declarant));
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
    return RecordEditor.open(converter.write(tree, converter.presentSheets(tree)));
  }

  private static Map<String, String> texts(Row row, SheetSpec spec) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < spec.columns().size(); i++) {
      Column column = spec.columns().get(i);
      out.put(column.isLink() ? column.key() : column.locator(), row == null ? "" : RecordEditor.shown(row.getCell(i)));
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

  private SheetSpec table(String section) {
    return layout.recordSections().stream().filter(s -> s.key().equals(section)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("no section " + section + " kept one record per row"));
  }

  private static String title(SheetSpec spec) {
    return spec.title() != null ? spec.title() : spec.name();
  }

}
