package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.qcdc.workbook.SheetSpec.Shape;
import vn.qcdc.i18n.Message;

/**
 * The sheets and columns of the workbook, derived from the dossier JSON Schema so they stay in step with the format:
 * a cover sheet for the dossier's own fields, the commune and the period; a sheet per section; a sheet per nested
 * list, linked to its parent by the parent's id; and one sheet for the evidence references of every record.
 */
public final class WorkbookLayout {

  static final String COVER = "cover";
  static final String EVIDENCE = "evidence";

  private final SchemaModel schema;
  private final VietnameseLabels labels;
  private final ColumnFactory factory;
  private final List<SheetSpec> sheets = new ArrayList<>();

  public WorkbookLayout() {
    this(new SchemaModel(), new VietnameseLabels());
  }

  WorkbookLayout(SchemaModel schema, VietnameseLabels labels) {
    this.schema = schema;
    this.labels = labels;
    this.factory = new ColumnFactory(schema, labels);
    build();
  }

  /** Every data sheet in workbook order (the guide and the hidden lists sheet are not data sheets). */
  List<SheetSpec> sheets() {
    return sheets;
  }

  SheetSpec sheet(String key) {
    return sheets.stream().filter(s -> s.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no sheet " + key));
  }

  Optional<SheetSpec> byName(String name) {
    String wanted = VietnameseLabels.normalise(name);
    return sheets.stream().filter(s -> VietnameseLabels.normalise(s.name()).equals(wanted)).findFirst();
  }

  List<SheetSpec> children(String key) {
    return sheets.stream().filter(s -> key.equals(s.parent())).toList();
  }

  /** The dossier sections kept one record per row (not nested, not the cover): those the record forms edit. */
  List<SheetSpec> recordSections() {
    return sheets.stream().filter(s -> s.shape() == Shape.TABLE && s.parent() == null).toList();
  }

  /** The nested lists of a sheet that are kept one row per element (the channels of a disclosure). */
  List<SheetSpec> nestedTables(String key) {
    return children(key).stream().filter(s -> s.shape() == Shape.TABLE).toList();
  }

  SchemaModel schema() {
    return schema;
  }

  VietnameseLabels labels() {
    return labels;
  }

  private void build() {
    JsonNode root = schema.root();
    Set<String> required = SchemaModel.required(root);
    List<Column> cover = new ArrayList<>();
    List<String[]> coverLists = new ArrayList<>();
    for (String field : SchemaModel.propertyNames(root)) {
      if (!required.contains(field)) {
        continue;
      }
      String def = SchemaModel.refName(root.path("properties").path(field));
      if (schema.isObject(def)) {
        cover.addAll(factory.columns(def, field + ".", "", null));
        objectLists(def).forEach(list -> coverLists.add(new String[] {field, list, def}));
      } else {
        cover.addAll(factory.columns(SchemaModel.ROOT, List.of(field), "", "", null));
      }
    }
    cover.addAll(Declarations.coverColumns(schema, labels));
    sheets.add(spec(COVER, Shape.COVER, SchemaModel.ROOT, null, List.of(), false, cover));
    for (String[] list : coverLists) {
      addTable(list[0] + "." + list[1], itemDef(list[2], list[1]), COVER, List.of(list[0], list[1]), true);
    }
    for (String field : SchemaModel.propertyNames(root)) {
      if (!required.contains(field) && !field.equals(Declarations.FIELD)) {
        addSection(field, root.path("properties").path(field));
      }
    }
    List<Column> evidence = new ArrayList<>();
    evidence.add(factory.link(Column.RECORD, labels.required("evidence.record"), ColumnKind.RECORD_ID, null));
    evidence.addAll(factory.columns("EvidenceRef", "", "", null));
    sheets.add(spec(EVIDENCE, Shape.EVIDENCE, "EvidenceRef", null, List.of(), false, evidence));
  }

  private void addSection(String field, JsonNode property) {
    if (schema.shape(field, property) == SchemaModel.Shape.OBJECT_LIST) {
      addTable(field, SchemaModel.refName(property.path("items")), null, List.of(field), false);
      return;
    }
    String def = SchemaModel.refName(property);
    if (!isContainer(def)) {
      addSingle(field, def, List.of(field));
      return;
    }
    for (String part : SchemaModel.propertyNames(schema.def(def))) {
      JsonNode partProperty = schema.def(def).path("properties").path(part);
      if (schema.shape(part, partProperty) == SchemaModel.Shape.OBJECT_LIST) {
        addTable(field + "." + part, itemDef(def, part), null, List.of(field, part), false);
      } else {
        addSingle(field + "." + part, SchemaModel.refName(partProperty), List.of(field, part));
      }
    }
  }

  private void addTable(String key, String def, String parent, List<String> path, boolean listRequired) {
    List<Column> columns = new ArrayList<>();
    if (parent != null && sheet(parent).shape() == Shape.TABLE) {
      String header = labels.get("parent." + key);
      columns.add(factory.link(Column.PARENT, header != null ? header
          : Notes.vi(Message.of("workbook.parentColumn", sheet(parent).name())),
          ColumnKind.PARENT_ID, parent));
    }
    columns.addAll(factory.columns(def, "", "", null));
    sheets.add(spec(key, Shape.TABLE, def, parent, path, listRequired, columns));
    addChildren(key, def);
  }

  private void addSingle(String key, String def, List<String> path) {
    sheets.add(spec(key, Shape.SINGLE, def, null, path, false, factory.columns(def, "", "", null)));
    addChildren(key, def);
  }

  private void addChildren(String key, String def) {
    Set<String> required = SchemaModel.required(schema.def(def));
    for (String list : objectLists(def)) {
      addTable(key + "." + list, itemDef(def, list), key, List.of(list), required.contains(list));
    }
  }

  /** An object whose fields are all objects or object lists holds no data of its own: each field gets a sheet. */
  private boolean isContainer(String def) {
    JsonNode object = schema.def(def);
    return SchemaModel.propertyNames(object).stream().allMatch(f -> {
      SchemaModel.Shape shape = schema.shape(f, object.path("properties").path(f));
      return shape == SchemaModel.Shape.OBJECT || shape == SchemaModel.Shape.OBJECT_LIST;
    });
  }

  private List<String> objectLists(String def) {
    JsonNode object = schema.def(def);
    return SchemaModel.propertyNames(object).stream()
        .filter(f -> schema.shape(f, object.path("properties").path(f)) == SchemaModel.Shape.OBJECT_LIST).toList();
  }

  private String itemDef(String def, String list) {
    return SchemaModel.refName(schema.def(def).path("properties").path(list).path("items"));
  }

  private SheetSpec spec(String key, Shape shape, String def, String parent, List<String> path, boolean listRequired,
      List<Column> columns) {
    return new SheetSpec(key, labels.required("sheet." + key), labels.get("title." + key), shape, def, parent, path,
        listRequired, List.copyOf(columns));
  }
}
