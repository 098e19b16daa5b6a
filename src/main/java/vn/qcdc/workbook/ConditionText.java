package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Says in Vietnamese when a conditionally required field is required, from the schema's {@code allOf} if/then rules. */
final class ConditionText {

  private final SchemaModel schema;
  private final VietnameseLabels labels;
  private final BiFunction<String, String, String> header;

  /** {@code header} gives the column header of a property of a definition. */
  ConditionText(SchemaModel schema, VietnameseLabels labels, BiFunction<String, String, String> header) {
    this.schema = schema;
    this.labels = labels;
    this.header = header;
  }

  /** "khi …" for the field of the definition, or null when no rule makes it required. */
  String of(String defName, String field) {
    JsonNode def = schema.def(defName);
    List<String> clauses = new ArrayList<>();
    for (JsonNode rule : def.path("allOf")) {
      for (JsonNode required : rule.path("then").path("required")) {
        if (required.asText().equals(field)) {
          clauses.add(clause(defName, def, rule.path("if")));
        }
      }
    }
    return clauses.isEmpty() ? null : "khi " + String.join(" hoặc khi ", clauses);
  }

  private String clause(String defName, JsonNode def, JsonNode condition) {
    JsonNode properties = condition.path("properties");
    if (!properties.isObject() || properties.isEmpty()) {
      String on = condition.path("required").path(0).asText();
      return "có “" + header.apply(defName, on) + "”";
    }
    String on = properties.fieldNames().next();
    JsonNode test = properties.get(on);
    String column = "“" + header.apply(defName, on) + "”";
    String enumeration = enumerationOf(def.path("properties").path(on));
    if (test.has("const")) {
      return column + " là " + values(enumeration, List.of(test.get("const")));
    }
    if (test.has("enum")) {
      return column + " là " + values(enumeration, list(test.get("enum")));
    }
    if (test.path("not").has("const")) {
      return column + " không phải " + values(enumeration, List.of(test.get("not").get("const")));
    }
    if (test.path("not").has("enum")) {
      return column + " không phải " + values(enumeration, list(test.get("not").get("enum")));
    }
    if (test.path("contains").has("const")) {
      return column + " có " + values(enumeration, List.of(test.get("contains").get("const")));
    }
    return column + " thỏa điều kiện " + test;
  }

  private String enumerationOf(JsonNode property) {
    String ref = SchemaModel.refName(property);
    if (ref == null) {
      ref = SchemaModel.refName(property.path("items"));
    }
    return schema.isEnum(ref) ? ref : null;
  }

  private String values(String enumeration, List<JsonNode> values) {
    List<String> shown = new ArrayList<>();
    for (JsonNode value : values) {
      String label = enumeration == null ? null : labels.enumLabel(enumeration, value.asText());
      shown.add(label == null ? value.asText() : "“" + label + "”");
    }
    return String.join(" hoặc ", shown);
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
