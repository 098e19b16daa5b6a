package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.qcdc.workbook.SheetReader.RowData;
import vn.qcdc.workbook.SheetSpec.Shape;
import vn.qcdc.i18n.Message;

/** Places the rows read into the tree: sections, containers, nested lists and evidence. */
final class Assembly {
  private final WorkbookLayout layout;
  private final Reading reading;
  private final Map<String, List<RowData>> rows;

  Assembly(WorkbookLayout layout, Reading reading, Map<String, List<RowData>> rows) {
    this.layout = layout;
    this.reading = reading;
    this.rows = rows;
  }

  void run() {
    for (SheetSpec spec : layout.sheets()) {
      List<RowData> sheetRows = rows.get(spec.key());
      if (sheetRows == null || spec.shape() == Shape.EVIDENCE || spec.container() != null) {
        continue;
      }
      if (spec.parent() == null) {
        place(reading.tree, spec, sheetRows);
      } else if (spec.parent().equals(WorkbookLayout.COVER)) {
        String field = spec.path().get(0);
        ObjectNode owner = reading.tree.get(field) instanceof ObjectNode o ? o : reading.tree.putObject(field);
        place(owner, spec, sheetRows);
      } else {
        attach(spec, sheetRows);
      }
    }
    containers();
    new EvidenceJoin(layout, reading, rows).run();
  }

  /** A section: a list of the rows, or the single row of an object section (none: the section is absent). */
  private void place(ObjectNode owner, SheetSpec spec, List<RowData> sheetRows) {
    String field = spec.path().get(spec.path().size() - 1);
    if (spec.shape() == Shape.SINGLE) {
      if (!sheetRows.isEmpty()) {
        owner.set(field, sheetRows.get(0).object());
      }
      for (RowData extra : sheetRows.subList(Math.min(1, sheetRows.size()), sheetRows.size())) {
        SheetPlacement placement = reading.placements.get(spec.key());
        reading.problem(placement, placement.rowStart(extra.row()), null, null,
            Message.of("workbook.single.extraRow"));
      }
      return;
    }
    ArrayNode list = owner.putArray(field);
    reading.origins.put(list, new Reading.Origin(reading.placements.get(spec.key()), -1, ""));
    sheetRows.forEach(r -> list.add(r.object()));
  }

  /** A nested sheet: each row joins the parent row named by its link column (a single parent needs no link). */
  private void attach(SheetSpec spec, List<RowData> sheetRows) {
    SheetSpec parentSpec = layout.sheet(spec.parent());
    List<RowData> parents = rows.get(spec.parent());
    SheetPlacement placement = reading.placements.get(spec.key());
    String field = spec.path().get(0);
    if (parents == null || parents.isEmpty()) {
      if (!sheetRows.isEmpty()) {
        reading.problem(placement, placement.rowStart(sheetRows.get(0).row()), null, null,
            Message.of("workbook.parent.missing", parentSpec.name()));
      }
      return;
    }
    Map<String, List<JsonNode>> byParent = new LinkedHashMap<>();
    boolean single = parentSpec.shape() != Shape.TABLE;
    for (RowData row : sheetRows) {
      String key = single ? "" : row.link();
      boolean known = single || parents.stream().anyMatch(p -> key != null && key.equals(id(p)));
      if (known) {
        byParent.computeIfAbsent(key, k -> new ArrayList<>()).add(row.object());
      } else {
        reading.problem(placement, placement.cell(row.row(), Column.PARENT), null, null, key == null
            ? Message.of("workbook.parent.noLink", parentSpec.name())
            : Message.of("workbook.parent.unknown", key, parentSpec.name()));
      }
    }
    for (RowData parent : single ? parents.subList(0, 1) : parents) {
      List<JsonNode> children = byParent.remove(single ? "" : id(parent));
      if (children != null || spec.listRequired()) {
        ArrayNode list = parent.object().putArray(field);
        if (children != null) {
          list.addAll(children);
        }
      }
    }
  }

  /** An object of sheets ({@code administrativeDossiers}): the forms with rows; if none has rows, the first one, empty. */
  private void containers() {
    Map<String, List<SheetSpec>> parts = new LinkedHashMap<>();
    layout.sheets().stream().filter(s -> s.container() != null && rows.containsKey(s.key()))
        .forEach(s -> parts.computeIfAbsent(s.container(), k -> new ArrayList<>()).add(s));
    parts.forEach((name, specs) -> {
      ObjectNode container = reading.tree.putObject(name);
      reading.origins.put(container, new Reading.Origin(reading.placements.get(specs.get(0).key()), -1, ""));
      boolean anyList = false;
      for (SheetSpec spec : specs) {
        boolean list = spec.shape() == Shape.TABLE;
        if (!rows.get(spec.key()).isEmpty() || !list) {
          place(container, spec, rows.get(spec.key()));
          anyList |= list;
        }
      }
      SheetSpec firstList = specs.stream().filter(s -> s.shape() == Shape.TABLE).findFirst().orElse(null);
      if (!anyList && firstList != null) {
        place(container, firstList, List.of());
      }
    });
  }

  static String id(RowData row) {
    return row.object().path("id").asText(null);
  }
}
