package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import vn.qcdc.i18n.Message;

/**
 * Says when a conditionally required field is required, from the schema's {@code allOf} if/then rules, as a text of
 * the message bundles: the template's notes write it in Vietnamese, a page in its own language (the columns and the
 * values keep the workbook's Vietnamese words, which are what the user sees in the file).
 */
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

  /** "khi …" ("when …") for the field of the definition, or null when no rule makes it required. */
  Message of(String defName, String field) {
    JsonNode def = schema.def(defName);
    Message when = null;
    for (JsonNode rule : def.path("allOf")) {
      for (JsonNode required : rule.path("then").path("required")) {
        if (required.asText().equals(field)) {
          Message clause = clause(defName, def, rule.path("if"));
          when = when == null ? Message.of("workbook.when", clause) : Message.of("workbook.orWhen", when, clause);
        }
      }
    }
    return when;
  }

  /** "khi có “…”": required when the column of another field is filled in. */
  static Message whenPresent(String header) {
    return Message.of("workbook.when", Message.of("workbook.when.present", header));
  }

  private Message clause(String defName, JsonNode def, JsonNode condition) {
    JsonNode properties = condition.path("properties");
    if (!properties.isObject() || properties.isEmpty()) {
      String on = condition.path("required").path(0).asText();
      return Message.of("workbook.when.present", header.apply(defName, on));
    }
    String on = properties.fieldNames().next();
    JsonNode test = properties.get(on);
    String column = header.apply(defName, on);
    String enumeration = enumerationOf(def.path("properties").path(on));
    if (test.has("const")) {
      return Message.of("workbook.when.is", column, values(enumeration, List.of(test.get("const"))));
    }
    if (test.has("enum")) {
      return Message.of("workbook.when.is", column, values(enumeration, list(test.get("enum"))));
    }
    if (test.path("not").has("const")) {
      return Message.of("workbook.when.isNot", column, values(enumeration, List.of(test.get("not").get("const"))));
    }
    if (test.path("not").has("enum")) {
      return Message.of("workbook.when.isNot", column, values(enumeration, list(test.get("not").get("enum"))));
    }
    if (test.path("contains").has("const")) {
      return Message.of("workbook.when.has", column, values(enumeration, List.of(test.get("contains").get("const"))));
    }
    return Message.of("workbook.when.other", column, test.toString());
  }

  private String enumerationOf(JsonNode property) {
    String ref = SchemaModel.refName(property);
    if (ref == null) {
      ref = SchemaModel.refName(property.path("items"));
    }
    return schema.isEnum(ref) ? ref : null;
  }

  /** The values by their Vietnamese labels (the workbook's own words), joined by "hoặc" ("or"). */
  private Object values(String enumeration, List<JsonNode> values) {
    Object shown = null;
    for (JsonNode value : values) {
      String label = enumeration == null ? null : labels.enumLabel(enumeration, value.asText());
      String one = label == null ? value.asText() : "“" + label + "”";
      shown = shown == null ? one : Message.of("workbook.or", shown, one);
    }
    return shown;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
