package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The form fields of a sheet's columns: how each is entered and, given the dossier, which choices it offers. */
final class FormFields {

  private final WorkbookLayout layout;

  FormFields(WorkbookLayout layout) {
    this.layout = layout;
  }

  /** The fields of a sheet's row; with the dossier, choices of villages and of referenced records are offered. */
  List<FormField> of(SheetSpec spec, ObjectNode treeOrNull) {
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
}
