package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.qcdc.i18n.Message;

/** Derives the columns of a sheet from a schema definition: one per scalar field, flag columns for enumeration lists. */
final class ColumnFactory {

  /** Fields the format types as {@code ref(X)} but the schema only as an id: the sheet holding the X records. */
  private static final Map<String, String> REFERENCES = Map.of("villageId", "commune.villages", "boardId", "boards");

  private final SchemaModel schema;
  private final VietnameseLabels labels;
  private final ConditionText conditions;

  ColumnFactory(SchemaModel schema, VietnameseLabels labels) {
    this.schema = schema;
    this.labels = labels;
    this.conditions = new ConditionText(schema, labels, this::header);
  }

  /** The header of a field: its Vietnamese term (schema description, else the labels file), capitalised. */
  String header(String defName, String field) {
    JsonNode property = schema.def(defName).path("properties").path(field);
    String term = labels.get("column." + defName + "." + field);
    if (term == null) {
      term = SchemaModel.term(property);
    }
    if (term == null && !property.path("description").asText("").contains(".")) {
      term = property.path("description").asText(null);
    }
    if (term == null || term.isBlank()) {
      throw new IllegalStateException("no Vietnamese term for " + defName + "." + field);
    }
    return capitalise(term);
  }

  /** The columns of a definition's fields; nested objects are flattened, object lists and evidence left out. */
  List<Column> columns(String defName, String keyPrefix, String headerPrefix, Message parentCondition) {
    return columns(defName, SchemaModel.propertyNames(schema.def(defName)), keyPrefix, headerPrefix, parentCondition);
  }

  /** The columns of some fields of a definition. */
  List<Column> columns(String defName, List<String> fields, String keyPrefix, String headerPrefix,
      Message parentCondition) {
    JsonNode def = schema.def(defName);
    Set<String> required = SchemaModel.required(def);
    List<Column> out = new ArrayList<>();
    for (String field : fields) {
      JsonNode property = def.path("properties").path(field);
      SchemaModel.Shape shape = schema.shape(field, property);
      if (shape == SchemaModel.Shape.OBJECT_LIST || shape == SchemaModel.Shape.EVIDENCE) {
        continue;
      }
      String key = keyPrefix + field;
      String header = headerPrefix + header(defName, field);
      boolean isRequired = required.contains(field) && parentCondition == null;
      Message condition = required.contains(field) && parentCondition != null ? parentCondition
          : conditions.of(defName, field);
      String meaning = meaning(defName, field, property);
      switch (shape) {
        case SCALAR -> out.add(scalar(field, property, key, header, isRequired, condition, meaning));
        case OBJECT -> out.addAll(columns(SchemaModel.refName(property), key + ".", header + ": ",
            ConditionText.whenPresent(header)));
        case ENUM_LIST -> out.addAll(flags(property, key, header, isRequired, condition, meaning));
        case TEXT_LIST -> out.add(column(key, header, ColumnKind.TEXT_LINES, null, isRequired, condition, meaning,
            null, null, null));
        case INTEGER_LIST -> out.add(column(key, header, ColumnKind.INTEGER_LIST, null, isRequired, condition, meaning,
            decimal(property.path("items").get("minimum")), decimal(property.path("items").get("maximum")), null));
        default -> { }
      }
    }
    return out;
  }

  /** A column linking a row to another sheet's record. */
  Column link(String key, String header, ColumnKind kind, String target) {
    return column(key, header, kind, null, true, null, null, null, null, target);
  }

  private Column scalar(String field, JsonNode property, String key, String header, boolean required,
      Message condition, String meaning) {
    String ref = SchemaModel.refName(property);
    if (schema.isEnum(ref)) {
      return new Column(key, header, ColumnKind.ENUM, ref, null, required, condition,
          note(required, condition, ColumnKind.ENUM, null, null, null, meaning), null, null, null);
    }
    ColumnKind kind = kindOf(field, property, ref);
    String target = kind == ColumnKind.VILLAGE || kind == ColumnKind.REFERENCE ? REFERENCES.get(field) : null;
    return column(key, header, kind, null, required, condition, meaning,
        decimal(property.get("minimum")), decimal(property.get("maximum")), target);
  }

  private static ColumnKind kindOf(String field, JsonNode property, String ref) {
    if ("date".equals(ref)) {
      return ColumnKind.DATE;
    }
    if ("month".equals(ref)) {
      return ColumnKind.MONTH;
    }
    if ("id".equals(ref) && REFERENCES.containsKey(field)) {
      return field.equals("villageId") ? ColumnKind.VILLAGE : ColumnKind.REFERENCE;
    }
    return switch (property.path("type").asText()) {
      case "integer" -> ColumnKind.INTEGER;
      case "number" -> ColumnKind.DECIMAL;
      case "boolean" -> ColumnKind.BOOLEAN;
      default -> ColumnKind.TEXT;
    };
  }

  private List<Column> flags(JsonNode property, String key, String header, boolean required, Message condition,
      String meaning) {
    String enumeration = SchemaModel.refName(property.path("items"));
    boolean atLeastOne = property.path("minItems").asInt(0) > 0;
    String requirement = atLeastOne ? Notes.vi(Message.of("workbook.note.atLeastOne", header))
        : Notes.join(Notes.requirement(false, condition),
            required ? Notes.vi(Message.of("workbook.note.noneMeansNo")) : null);
    List<Column> out = new ArrayList<>();
    for (String value : schema.enumValues(enumeration)) {
      String note = Notes.join(requirement, Notes.format(ColumnKind.ENUM_FLAG, null, null, null), meaning);
      out.add(new Column(key, header + ": " + labels.enumLabel(enumeration, value), ColumnKind.ENUM_FLAG,
          enumeration, value, required, condition, note, null, null, null));
    }
    return out;
  }

  private Column column(String key, String header, ColumnKind kind, String enumeration, boolean required,
      Message condition, String meaning, BigDecimal min, BigDecimal max, String target) {
    String note = note(required, condition, kind, min, max, target, meaning);
    return new Column(key, header, kind, enumeration, null, required, condition, note, min, max, target);
  }

  private String note(boolean required, Message condition, ColumnKind kind, BigDecimal min, BigDecimal max,
      String target, String meaning) {
    String targetName = target == null ? null : labels.get("sheet." + target);
    return Notes.join(Notes.requirement(required, condition), Notes.format(kind, min, max, targetName), meaning);
  }

  private String meaning(String defName, String field, JsonNode property) {
    String own = labels.get("note." + defName + "." + field);
    String meaning = own != null ? own : SchemaModel.meaning(property);
    return meaning.isEmpty() && field.equals("id") ? labels.get("note.id") : meaning;
  }

  private static BigDecimal decimal(JsonNode number) {
    return number == null || !number.isNumber() ? null : number.decimalValue();
  }

  static String capitalise(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
  }
}
