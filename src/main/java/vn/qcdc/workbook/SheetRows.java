package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.qcdc.workbook.SheetSpec.Shape;

/** The rows each sheet gets from a dossier tree; a sheet whose section is absent gets none (null): it is left out. */
final class SheetRows {

  /** One row: the object it shows and, on nested and evidence sheets, the id of the record it belongs to. */
  record Entry(ObjectNode object, String owner) {}

  private final WorkbookLayout layout;
  private final Map<String, List<Entry>> rows = new HashMap<>();

  SheetRows(WorkbookLayout layout, ObjectNode dossier) {
    this.layout = layout;
    for (SheetSpec spec : layout.sheets()) {
      rows.put(spec.key(), compute(spec, dossier));
    }
  }

  /** The rows of the sheet, or null when the dossier does not report its section. */
  List<Entry> of(String key) {
    return rows.get(key);
  }

  private List<Entry> compute(SheetSpec spec, ObjectNode dossier) {
    if (spec.shape() == Shape.COVER) {
      return List.of(new Entry(dossier, null));
    }
    if (spec.shape() == Shape.EVIDENCE) {
      return evidence();
    }
    if (spec.parent() == null || spec.parent().equals(WorkbookLayout.COVER)) {
      return entries(at(dossier, spec.path()), null);
    }
    List<Entry> parents = rows.get(spec.parent());
    if (parents == null) {
      return null;
    }
    List<Entry> out = new ArrayList<>();
    for (Entry parent : parents) {
      List<Entry> children = entries(parent.object().get(spec.path().get(0)), parent.object().path("id").asText(null));
      if (children != null) {
        out.addAll(children);
      }
    }
    return out;
  }

  private List<Entry> evidence() {
    List<Entry> out = new ArrayList<>();
    for (SheetSpec spec : layout.sheets()) {
      List<Entry> records = rows.get(spec.key());
      if (records == null || spec.shape() != Shape.TABLE
          || !layout.schema().def(spec.defName()).path("properties").has("evidence")) {
        continue;
      }
      for (Entry record : records) {
        List<Entry> refs = entries(record.object().get("evidence"), record.object().path("id").asText(null));
        if (refs != null) {
          out.addAll(refs);
        }
      }
    }
    return out;
  }

  private static JsonNode at(JsonNode node, List<String> path) {
    JsonNode here = node;
    for (String step : path) {
      here = here == null ? null : here.get(step);
    }
    return here;
  }

  private static List<Entry> entries(JsonNode node, String owner) {
    if (node == null || node.isNull()) {
      return null;
    }
    List<Entry> out = new ArrayList<>();
    if (node.isObject()) {
      out.add(new Entry((ObjectNode) node, owner));
    }
    for (JsonNode element : node.isArray() ? node : List.<JsonNode>of()) {
      if (element.isObject()) {
        out.add(new Entry((ObjectNode) element, owner));
      }
    }
    return out;
  }
}
