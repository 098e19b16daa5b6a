package vn.qcdc.intake.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps a table to records of a layout, collecting every header and cell problem with its row and column. */
final class RecordRows {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RecordRows() {}

  static ParsedRecords map(Table table, RecordLayout layout) throws UnreadableFileException {
    List<RowProblem> problems = new ArrayList<>();
    Map<Column, Integer> at = header(table.header(), layout, problems);
    if (!problems.isEmpty()) {
      throw new UnreadableFileException(problems);
    }
    Map<String, ParsedRecords.Built> byId = new LinkedHashMap<>();
    List<ParsedRecords.Built> records = new ArrayList<>();
    for (Table.Row row : table.rows()) {
      if (row.blank()) {
        continue;
      }
      ObjectNode record = NODES.objectNode();
      layout.emptyLists().forEach(record::putArray);
      ObjectNode channel = NODES.objectNode();
      for (Map.Entry<Column, Integer> e : at.entrySet()) {
        Column column = e.getKey();
        String text = row.cell(e.getValue());
        if (text.isEmpty()) {
          if (column.required()) {
            problems.add(new RowProblem(row.number(), column.name(), "required, but empty"));
          }
          continue;
        }
        try {
          JsonNode value = Cells.value(column, text);
          (layout.grouped() && RecordLayout.CHANNEL_COLUMNS.contains(column.name()) ? channel : record)
              .set(column.name(), value);
        } catch (IllegalArgumentException ex) {
          problems.add(new RowProblem(row.number(), column.name(), ex.getMessage()));
        }
      }
      if (!layout.grouped()) {
        records.add(new ParsedRecords.Built(record, row.number(), List.of()));
        continue;
      }
      String id = record.path("id").asText();
      ParsedRecords.Built built = byId.computeIfAbsent(id, k -> {
        record.putArray("channels");
        ParsedRecords.Built b = new ParsedRecords.Built(record, row.number(), new ArrayList<>());
        records.add(b);
        return b;
      });
      ((com.fasterxml.jackson.databind.node.ArrayNode) built.json().get("channels")).add(channel);
      built.channelRows().add(row.number());
    }
    if (!problems.isEmpty()) {
      throw new UnreadableFileException(problems);
    }
    if (records.isEmpty()) {
      throw UnreadableFileException.of("the file has a header but no data row");
    }
    return new ParsedRecords(records);
  }

  private static Map<Column, Integer> header(List<String> header, RecordLayout layout, List<RowProblem> problems) {
    Map<String, Column> known = new HashMap<>();
    layout.columns().forEach(c -> known.put(c.name().toLowerCase(Locale.ROOT), c));
    Map<Column, Integer> at = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i) == null ? "" : header.get(i).strip();
      if (name.isEmpty()) {
        continue;
      }
      Column column = known.get(name.toLowerCase(Locale.ROOT));
      if (column == null) {
        problems.add(new RowProblem(1, name, "unknown column; the " + layout.slug() + " layout has: "
            + String.join(", ", layout.columns().stream().map(Column::name).toList())));
      } else if (at.putIfAbsent(column, i) != null) {
        problems.add(new RowProblem(1, name, "the column appears twice"));
      }
    }
    layout.columns().stream().filter(c -> c.required() && !at.containsKey(c))
        .forEach(c -> problems.add(new RowProblem(1, c.name(), "required column missing from the header row")));
    return at;
  }
}
