package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.qcdc.i18n.Message;

/** Reads the rows of one sheet into JSON objects, finding columns by their headers and collecting cell problems. */
final class SheetReader {

  /** One data row: its object and, on nested and evidence sheets, the id it names in its link column. */
  record RowData(int row, ObjectNode object, String link) {}

  private final Reading reading;
  private final HeaderRow headers = new HeaderRow();
  private CellReader cells;

  SheetReader(Reading reading, CellReader cells) {
    this.reading = reading;
    this.cells = cells;
  }

  /** Switches to a cell reader that knows the commune's villages. */
  void use(CellReader reader) {
    this.cells = reader;
  }

  List<RowData> readTable(Sheet sheet, SheetSpec spec) {
    int header = headers.find(sheet, spec);
    Map<Integer, Column> columns = header < 0 ? Map.of() : headers.columns(sheet.getRow(header), spec);
    int first = header < 0 ? spec.firstDataRow() : header + (HeaderRow.isNotes(sheet.getRow(header + 1)) ? 2 : 1);
    SheetPlacement placement = new SheetPlacement(spec, sheet.getSheetName(), first);
    columns.forEach((index, column) -> placement.put(column, index));
    reading.placements.put(spec.key(), placement);
    if (header < 0) {
      reading.problem(placement, "A1", null, null, Message.of("workbook.sheet.noHeader"));
    } else {
      headerProblems(sheet.getRow(header), columns, placement);
    }
    List<RowData> rows = new ArrayList<>();
    for (int r = first; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row != null && columns.keySet().stream().anyMatch(i -> !CellReader.isBlank(row.getCell(i)))) {
        rows.add(readRow(row, columns, placement));
      }
    }
    return rows;
  }

  /** Reads the label/value rows of the cover sheet into {@code root}. */
  void readCover(Sheet sheet, SheetSpec spec, ObjectNode root) {
    SheetPlacement placement = new SheetPlacement(spec, sheet.getSheetName(), spec.firstDataRow());
    reading.placements.put(spec.key(), placement);
    reading.origins.put(root, new Reading.Origin(placement, -1, ""));
    for (Column column : spec.columns()) {
      if (column.field().size() > 1) {
        ObjectNode object = objectAt(root, column.field());
        reading.origins.putIfAbsent(object, new Reading.Origin(placement, -1, column.field().get(0) + "."));
      }
    }
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      Cell label = row == null ? null : row.getCell(0);
      Column column = CellReader.isBlank(label) ? null : headers.match(spec, label.toString());
      if (column == null || placement.has(column.key())) {
        continue;
      }
      placement.put(column, r);
      read(row.getCell(SheetPlacement.COVER_VALUES), column, root, true, placement, r);
    }
  }

  private RowData readRow(Row row, Map<Integer, Column> columns, SheetPlacement placement) {
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    reading.origins.put(object, new Reading.Origin(placement, row.getRowNum(), ""));
    Map<String, ArrayNode> flags = new LinkedHashMap<>();
    String link = null;
    for (Map.Entry<Integer, Column> entry : columns.entrySet()) {
      Column column = entry.getValue();
      Cell cell = row.getCell(entry.getKey());
      if (column.isLink()) {
        link = CellReader.isBlank(cell) ? null : text(cell, placement);
      } else if (column.kind() == ColumnKind.ENUM_FLAG) {
        ArrayNode values = flags.computeIfAbsent(column.key(), k -> JsonNodeFactory.instance.arrayNode());
        JsonNode chosen = read(cell, column, object, false, placement, row.getRowNum());
        if (chosen != null && chosen.asBoolean()) {
          values.add(column.flagValue());
        }
      } else {
        read(cell, column, object, true, placement, row.getRowNum());
      }
    }
    flags.forEach((key, values) -> {
      if (!values.isEmpty() || placement.spec.column(key).map(Column::required).orElse(false)) {
        object.set(key, values);
      }
    });
    for (Column column : placement.spec.columns()) {
      boolean list = column.kind() == ColumnKind.TEXT_LINES || column.kind() == ColumnKind.INTEGER_LIST;
      if (list && column.required() && !object.has(column.key())) {
        object.set(column.key(), JsonNodeFactory.instance.arrayNode());
      }
    }
    return new RowData(row.getRowNum(), object, link);
  }

  /** Reads a cell and returns its value; when {@code store}, also sets it at the column's field path of {@code target}. */
  private JsonNode read(Cell cell, Column column, ObjectNode target, boolean store, SheetPlacement placement, int row) {
    JsonNode value;
    try {
      value = cells.read(cell, column);
    } catch (CellReader.BadCell e) {
      reading.problem(placement, placement.cell(row, column.locator()), target, column.key(),
          Message.of("workbook.column", column.header(), e.text()));
      return null;
    }
    if (value != null && store) {
      List<String> field = column.field();
      ObjectNode owner = field.size() == 1 ? target : objectAt(target, field);
      if (owner != target) {
        reading.origins.putIfAbsent(owner, new Reading.Origin(placement, row, field.get(0) + "."));
      }
      owner.set(field.get(field.size() - 1), value);
    }
    return value;
  }

  private String text(Cell cell, SheetPlacement placement) {
    try {
      return cells.text(cell);
    } catch (CellReader.BadCell e) {
      reading.problem(placement, cell.getAddress().formatAsString(), null, null, e.text());
      return null;
    }
  }

  private static ObjectNode objectAt(ObjectNode root, List<String> field) {
    ObjectNode here = root;
    for (String step : field.subList(0, field.size() - 1)) {
      here = here.get(step) instanceof ObjectNode next ? next : here.putObject(step);
    }
    return here;
  }

  private void headerProblems(Row header, Map<Integer, Column> columns, SheetPlacement placement) {
    for (Cell cell : header) {
      if (!CellReader.isBlank(cell) && !columns.containsKey(cell.getColumnIndex())) {
        reading.problem(placement, cell.getAddress().formatAsString(), null, null,
            Message.of("workbook.sheet.unknownColumn", cell.toString().trim()));
      }
    }
  }
}
