package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.qcdc.i18n.Message;

/** What reading a workbook produced: the dossier tree, where each of its objects came from, and the problems found. */
final class Reading {

  /** The sheet and row an object was read from ({@code row} -1: the sheet as a whole); {@code base} prefixes its fields. */
  record Origin(SheetPlacement sheet, int row, String base) {}

  /**
   * A problem found while reading cells, before JSON paths are known: it concerns {@code field} of {@code owner}, or,
   * when the owner did not make it into the dossier, the path {@code fallbackPath}.
   */
  record Pending(SheetPlacement sheet, String cell, JsonNode owner, String field, String fallbackPath,
      Message message) {}

  final ObjectNode tree = JsonNodeFactory.instance.objectNode();
  final Map<JsonNode, Origin> origins = new IdentityHashMap<>();
  final List<Pending> pending = new ArrayList<>();
  final Map<String, SheetPlacement> placements = new LinkedHashMap<>();
  /** Whether no data sheet held a row (the cover and its villages aside). */
  boolean blank;
  /** Whether the cover answered any "không phát sinh" row, Có or Không. */
  boolean answered;
  private Map<JsonNode, String> paths;

  void problem(SheetPlacement sheet, String cell, JsonNode owner, String field, Message message) {
    pending.add(new Pending(sheet, cell, owner, field, pattern(sheet == null ? null : sheet.spec), message));
  }

  /** The JSON path of a node of the finished tree, or null when it is not in the tree. */
  String pathOf(JsonNode node) {
    if (paths == null) {
      paths = new IdentityHashMap<>();
      index(tree, "$");
    }
    return paths.get(node);
  }

  private void index(JsonNode node, String path) {
    paths.put(node, path);
    if (node.isObject()) {
      node.properties().forEach(e -> index(e.getValue(), path + "." + e.getKey()));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        index(node.get(i), path + "[" + i + "]");
      }
    }
  }

  /** The path pattern of a sheet's records, such as {@code $.disclosures[*].channels}. */
  String pattern(SheetSpec spec) {
    if (spec == null || spec.shape() == SheetSpec.Shape.COVER) {
      return "$";
    }
    if (spec.shape() == SheetSpec.Shape.EVIDENCE) {
      return "$..evidence";
    }
    SheetPlacement parent = spec.parent() == null ? null : placements.get(spec.parent());
    String base = spec.parent() == null || spec.parent().equals(WorkbookLayout.COVER) ? "$"
        : (parent == null ? "$." + spec.parent() : pattern(parent.spec)) + "[*]";
    return base + "." + String.join(".", spec.path());
  }
}
