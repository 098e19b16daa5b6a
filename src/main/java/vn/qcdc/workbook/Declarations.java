package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.qcdc.i18n.Message;

/**
 * The "không phát sinh trong kỳ" declarations of format 1.1 in the workbook: one Có/Không row per section on the cover
 * sheet and a row naming who declares. A blank data sheet is a section not reported; only Có on the cover makes it an
 * empty, declared section, stored with who declared it and when.
 */
final class Declarations {

  /** The dossier's list of declarations. */
  static final String FIELD = "declarations";
  /** The cover's answers while a workbook is written or read: {@code declared.<section>} and {@code declared.by}. */
  static final String COVER = "declared";
  static final String BY = "by";
  static final String ADMIN = "administrativeDossiers";
  static final String VERSION = "1.1";

  private Declarations() {}

  /** The sections a person may declare empty, as the format's {@code SectionDeclaration.section} lists them. */
  static List<String> sections(SchemaModel schema) {
    List<String> out = new ArrayList<>();
    schema.def("SectionDeclaration").path("properties").path("section").path("enum").forEach(v -> out.add(v.asText()));
    return out;
  }

  /** The cover rows: who declares, then a Có/Không row per section. */
  static List<Column> coverColumns(SchemaModel schema, VietnameseLabels labels) {
    List<Column> out = new ArrayList<>();
    out.add(new Column(COVER + "." + BY, labels.required("declared.by"), ColumnKind.TEXT, null, null, false, null,
        Notes.join(Notes.requirement(false, null), Notes.format(ColumnKind.TEXT, null, null, null),
            labels.required("note.SectionDeclaration.declaredBy")), null, null, null));
    String note = Notes.join(Notes.requirement(false, null), Notes.format(ColumnKind.BOOLEAN, null, null, null),
        labels.required("note.SectionDeclaration.section"));
    for (String section : sections(schema)) {
      String title = labels.get("title." + section);
      out.add(new Column(COVER + "." + section, labels.required("declared.header") + ": "
          + (title != null ? title : section), ColumnKind.BOOLEAN, null, null, false, null,
          note, null, null, null));
    }
    return out;
  }

  /** A copy of the dossier to write: its declarations as the cover's answers (an empty section is answered Có). */
  static ObjectNode forCover(ObjectNode tree, SchemaModel schema) {
    ObjectNode copy = tree.deepCopy();
    JsonNode declarations = copy.remove(FIELD);
    ObjectNode declared = copy.putObject(COVER);
    for (String section : sections(schema)) {
      if (isEmpty(copy, section)) {
        declared.put(section, true);
      }
    }
    if (declarations != null && declarations.size() > 0 && declarations.get(0).path("declaredBy").isTextual()) {
      declared.put(BY, declarations.get(0).get("declaredBy").asText());
    }
    return copy;
  }

  /**
   * Turns the cover's answers read into {@code reading.tree} into the dossier's sections and declarations: Có keeps the
   * section empty and declared (by the cover's name, else the declarant), a blank data sheet without Có leaves the
   * section out (not reported). A declaration already in {@code earlier} (the version being edited) keeps its person
   * and time.
   *
   * @return whether the cover answered any section, Có or Không
   */
  static boolean apply(Reading reading, WorkbookLayout layout, Declarant declarant, JsonNode earlier) {
    ObjectNode tree = reading.tree;
    JsonNode answers = tree.remove(COVER);
    SheetPlacement cover = reading.placements.get(WorkbookLayout.COVER);
    String by = answers != null && answers.path(BY).isTextual() ? answers.get(BY).asText().strip() : null;
    by = by == null || by.isEmpty() ? declarant.name() : by;
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    boolean answered = false;
    for (String section : sections(layout.schema())) {
      JsonNode answer = answers == null ? null : answers.get(section);
      answered |= answer != null && answer.isBoolean();
      boolean none = answer != null && answer.asBoolean(false);
      boolean empty = isEmpty(tree, section);
      if (!none) {
        if (empty) {
          tree.remove(section);
        }
        continue;
      }
      if (!empty && tree.has(section)) {
        String title = layout.labels().get("title." + section);
        reading.problem(cover, cell(cover, section), null, null,
            Message.of("workbook.declared.hasData", title != null ? title : section));
        continue;
      }
      if (section.equals(ADMIN)) {
        tree.putObject(ADMIN).putArray("records");
      } else {
        tree.putArray(section);
      }
      ObjectNode declaration = previous(earlier, section);
      if (declaration == null) {
        declaration = JsonNodeFactory.instance.objectNode().put("section", section);
        if (by != null) {
          declaration.put("declaredBy", by);
        }
        // Always with seconds, as the format's pattern requires (OffsetDateTime.toString() drops a whole minute's ":00").
        declaration.put("declaredAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(declarant.at()));
      }
      list.add(declaration);
    }
    if (!list.isEmpty()) {
      if (by == null && list.findValues("declaredBy").size() < list.size()) {
        reading.problem(cover, cell(cover, BY), null, null,
            Message.of("workbook.declared.noDeclarant", layout.labels().required("declared.by")));
      }
      tree.set(FIELD, list);
      tree.put("formatVersion", VERSION);
    }
    return answered;
  }

  /** Whether the section is present and holds no record (administrative dossiers: neither form has any). */
  static boolean isEmpty(JsonNode tree, String section) {
    JsonNode value = tree.path(section);
    if (section.equals(ADMIN)) {
      return value.isObject() && value.path("records").isArray() && value.path("records").isEmpty()
          && !value.has("monthlyAggregates") && !value.has("yearEndPending");
    }
    return value.isArray() && value.isEmpty();
  }

  /** A copy of the dossier without the section and its declaration (the section no longer declared empty). */
  static ObjectNode withdrawn(ObjectNode tree, String section) {
    ObjectNode copy = tree.deepCopy();
    copy.remove(section);
    if (copy.get(FIELD) instanceof ArrayNode list) {
      for (int i = list.size() - 1; i >= 0; i--) {
        if (section.equals(list.get(i).path("section").asText())) {
          list.remove(i);
        }
      }
      if (list.isEmpty()) {
        copy.remove(FIELD);
      }
    }
    return copy;
  }

  private static ObjectNode previous(JsonNode earlier, String section) {
    if (earlier != null) {
      for (JsonNode declaration : earlier.path(FIELD)) {
        if (section.equals(declaration.path("section").asText()) && declaration instanceof ObjectNode object) {
          return object.deepCopy();
        }
      }
    }
    return null;
  }

  private static String cell(SheetPlacement cover, String key) {
    String at = cover == null ? null : cover.cell(0, COVER + "." + key);
    return at != null ? at : cover == null ? "A1" : cover.firstCell();
  }
}
