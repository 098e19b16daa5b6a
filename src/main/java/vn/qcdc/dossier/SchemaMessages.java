package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.qcdc.i18n.Count;
import vn.qcdc.i18n.Message;

/**
 * Turns the schema validator's findings into short, stable problems naming the path and what is wrong, worded in the
 * message bundles (schema.* keys): the JSON API keeps its English (or Vietnamese and English) text, the workbook
 * reader matches the key and shows the words in the page's language.
 */
final class SchemaMessages {

  private static final Pattern ENUM_DEFINITION = Pattern.compile("/\\$defs/(\\w+)/enum");
  private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final String CONDITION_SUFFIX = "/then/required";
  private static final int MAX_SHOWN = 40;

  private final JsonNode schemaTree;

  SchemaMessages(JsonNode schemaTree) {
    this.schemaTree = schemaTree;
  }

  DossierProblem toProblem(ValidationMessage finding) {
    String path = finding.getInstanceLocation().toString();
    String rule = schemaPointer(finding);
    JsonNode value = finding.getInstanceNode();
    return switch (finding.getType()) {
      case "additionalProperties" -> DossierProblem.english(JsonPaths.field(path, finding.getProperty()),
          unknownField(finding.getProperty(), rule.substring(0, rule.lastIndexOf('/'))));
      case "required" -> DossierProblem.english(JsonPaths.field(path, finding.getProperty()),
          missingField(finding.getProperty(), rule));
      case "type" -> DossierProblem.english(path, wrongType(String.valueOf(finding.getArguments()[1]), value));
      case "enum" -> DossierProblem.english(path, notInEnumeration(value, rule));
      case "const" -> DossierProblem.english(path,
          Message.of("schema.const", literal(value), literal(schemaTree.at(rule))));
      case "format", "pattern" -> DossierProblem.english(path, badText(value, rule));
      case "minimum" -> DossierProblem.bilingual(path,
          Message.of("schema.minimum", value.toString(), schemaTree.at(rule).toString()));
      case "maximum" -> DossierProblem.bilingual(path,
          Message.of("schema.maximum", value.toString(), schemaTree.at(rule).toString()));
      case "maxItems" -> DossierProblem.bilingual(path,
          Message.of("schema.maxItems", Count.of(value.size()), Count.of(schemaTree.at(rule).asLong())));
      case "maxLength" -> DossierProblem.bilingual(path, tooLong(value.asText(), schemaTree.at(rule).asLong()));
      case "minItems" -> DossierProblem.english(path, schemaTree.at(rule).asInt() == 1
          ? Message.of(DossierProblem.EMPTY_LIST) : Message.of("schema.minItems", schemaTree.at(rule).toString()));
      case "minLength" -> DossierProblem.english(path, Message.of("schema.minLength"));
      default -> DossierProblem.english(path, Message.of("schema.asIs", withoutPathPrefix(finding.getMessage(), path)));
    };
  }

  private static Message tooLong(String text, long max) {
    long length = text.codePointCount(0, text.length());
    return Message.of("schema.maxLength", Count.of(length), Count.of(max));
  }

  /** "wrong type: expected integer, found number 3.0" (the type's name is the schema's: integer, boolean…). */
  static Message wrongType(String expected, JsonNode value) {
    return Message.of("schema.wrongType", Message.of("schema.type." + typeKey(expected)), kindAndValue(value));
  }

  private static String typeKey(String expected) {
    return switch (expected) {
      case "integer", "number", "string", "boolean", "array", "object", "null" -> expected;
      default -> "other";
    };
  }

  private Message unknownField(String fullName, String objectRule) {
    String name = fullName.length() <= MAX_SHOWN ? fullName : fullName.substring(0, MAX_SHOWN) + "…";
    List<String> known = new ArrayList<>();
    schemaTree.at(objectRule).path("properties").fieldNames().forEachRemaining(known::add);
    String suggestion = FieldNames.closest(name, known);
    if (suggestion != null) {
      return Message.of("schema.unknownField.didYouMean", name, suggestion);
    }
    if (name.equals("id") || name.equals("evidence")) {
      return Message.of("schema.unknownField.recordsOnly", name);
    }
    return Message.of("schema.unknownField", name);
  }

  private Message missingField(String name, String rule) {
    if (rule.endsWith(CONDITION_SUFFIX)) {
      String condition = rule.substring(0, rule.length() - CONDITION_SUFFIX.length());
      String when = schemaTree.at(condition).path("description").asText("conditionally required");
      return Message.of(DossierProblem.MISSING_FIELD_WHEN, name, when);
    }
    return Message.of(DossierProblem.MISSING_FIELD, name);
  }

  private Message notInEnumeration(JsonNode value, String rule) {
    List<String> allowed = new ArrayList<>();
    schemaTree.at(rule).forEach(option -> allowed.add(option.asText()));
    Matcher named = ENUM_DEFINITION.matcher(rule);
    Message enumeration = named.matches() ? Message.of("schema.enumeration.named", named.group(1))
        : Message.of("schema.enumeration");
    return Message.of("schema.notInEnumeration", literal(value), enumeration, String.join(", ", allowed));
  }

  private static Message badText(JsonNode value, String rule) {
    String text = value.asText();
    if (rule.startsWith("/$defs/date/")) {
      return DATE_SHAPE.matcher(text).matches() ? Message.of("schema.date.impossible", literal(value))
          : Message.of("schema.date.shape", literal(value));
    }
    if (rule.startsWith("/$defs/month/")) {
      return Message.of("schema.month.shape", literal(value));
    }
    return Message.of("schema.pattern", literal(value));
  }

  private static Message kindAndValue(JsonNode value) {
    if (value == null) {
      return Message.of("schema.kind.nothing");
    }
    return switch (value.getNodeType()) {
      case STRING -> Message.of("schema.kind.string", literal(value));
      case NUMBER -> Message.of("schema.kind.number", value.toString());
      case BOOLEAN -> Message.of("schema.kind.boolean", value.toString());
      case ARRAY -> Message.of("schema.kind.array");
      case OBJECT -> Message.of("schema.kind.object");
      default -> Message.of("schema.kind.null");
    };
  }

  private static String literal(JsonNode value) {
    String shown = value == null ? "null" : value.toString();
    return shown.length() <= MAX_SHOWN ? shown : shown.substring(0, MAX_SHOWN) + "…";
  }

  private static String schemaPointer(ValidationMessage finding) {
    String location = String.valueOf(finding.getSchemaLocation());
    int hash = location.indexOf('#');
    return hash < 0 ? "" : location.substring(hash + 1);
  }

  private static String withoutPathPrefix(String message, String path) {
    return message.startsWith(path + ": ") ? message.substring(path.length() + 2) : message;
  }
}
