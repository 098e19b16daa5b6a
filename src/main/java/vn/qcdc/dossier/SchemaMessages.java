package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the schema validator's findings into short, stable problems naming the path and what is wrong. */
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
      case "additionalProperties" -> new DossierProblem(JsonPaths.field(path, finding.getProperty()),
          unknownField(finding.getProperty(), rule.substring(0, rule.lastIndexOf('/'))));
      case "required" -> new DossierProblem(JsonPaths.field(path, finding.getProperty()),
          missingField(finding.getProperty(), rule));
      case "type" -> new DossierProblem(path, wrongType(String.valueOf(finding.getArguments()[1]), value));
      case "enum" -> new DossierProblem(path, notInEnumeration(value, rule));
      case "const" -> new DossierProblem(path,
          "value " + literal(value) + " is not allowed, expected " + literal(schemaTree.at(rule)));
      case "format", "pattern" -> new DossierProblem(path, badText(value, rule));
      case "minimum" -> new DossierProblem(path, "giá trị " + value + " nhỏ hơn mức tối thiểu " + schemaTree.at(rule)
          + " (value " + value + " is below the minimum " + schemaTree.at(rule) + ")");
      case "maximum" -> new DossierProblem(path, "giá trị " + value + " vượt mức tối đa " + schemaTree.at(rule)
          + " (value " + value + " is above the maximum " + schemaTree.at(rule) + ")");
      case "maxItems" -> new DossierProblem(path, "danh sách có " + Amounts.vi(value.size()) + " phần tử, vượt giới hạn "
          + Amounts.vi(schemaTree.at(rule).asLong()) + " (list has " + Amounts.en(value.size())
          + " elements; at most " + Amounts.en(schemaTree.at(rule).asLong()) + " allowed)");
      case "maxLength" -> new DossierProblem(path, tooLong(value.asText(), schemaTree.at(rule).asLong()));
      case "minItems" -> new DossierProblem(path, schemaTree.at(rule).asInt() == 1 ? "list must not be empty"
          : "list must have at least " + schemaTree.at(rule) + " elements");
      case "minLength" -> new DossierProblem(path, "text must not be empty");
      default -> new DossierProblem(path, withoutPathPrefix(finding.getMessage(), path));
    };
  }

  private static String tooLong(String text, long max) {
    long length = text.codePointCount(0, text.length());
    return "văn bản dài " + Amounts.vi(length) + " ký tự, vượt giới hạn " + Amounts.vi(max) + " ký tự (text has "
        + Amounts.en(length) + " characters; at most " + Amounts.en(max) + ")";
  }

  static String wrongType(String expected, JsonNode value) {
    return "wrong type: expected " + expected + ", found " + kindAndValue(value);
  }

  private String unknownField(String fullName, String objectRule) {
    String name = fullName.length() <= MAX_SHOWN ? fullName : fullName.substring(0, MAX_SHOWN) + "…";
    List<String> known = new ArrayList<>();
    schemaTree.at(objectRule).path("properties").fieldNames().forEachRemaining(known::add);
    String suggestion = FieldNames.closest(name, known);
    if (suggestion != null) {
      return "unknown field '" + name + "' (did you mean '" + suggestion + "'?)";
    }
    if (name.equals("id") || name.equals("evidence")) {
      return "unknown field '" + name + "' (only records carry id and evidence)";
    }
    return "unknown field '" + name + "'";
  }

  private String missingField(String name, String rule) {
    if (rule.endsWith(CONDITION_SUFFIX)) {
      String condition = rule.substring(0, rule.length() - CONDITION_SUFFIX.length());
      String when = schemaTree.at(condition).path("description").asText("conditionally required");
      return "missing field '" + name + "', " + when;
    }
    return "missing required field '" + name + "'";
  }

  private String notInEnumeration(JsonNode value, String rule) {
    List<String> allowed = new ArrayList<>();
    schemaTree.at(rule).forEach(option -> allowed.add(option.asText()));
    Matcher named = ENUM_DEFINITION.matcher(rule);
    String enumeration = named.matches() ? "enumeration " + named.group(1) : "the enumeration";
    return "value " + literal(value) + " is not in " + enumeration + " (allowed: " + String.join(", ", allowed) + ")";
  }

  private static String badText(JsonNode value, String rule) {
    String text = value.asText();
    if (rule.startsWith("/$defs/date/")) {
      return DATE_SHAPE.matcher(text).matches() ? "impossible date " + literal(value)
          : "not a date in yyyy-MM-dd form: " + literal(value);
    }
    if (rule.startsWith("/$defs/month/")) {
      return "not a month in yyyy-MM form: " + literal(value);
    }
    return "value " + literal(value) + " does not have the required form";
  }

  private static String kindAndValue(JsonNode value) {
    if (value == null) {
      return "nothing";
    }
    return switch (value.getNodeType()) {
      case STRING -> "string " + literal(value);
      case NUMBER -> "number " + value;
      case BOOLEAN -> "boolean " + value;
      case ARRAY -> "array";
      case OBJECT -> "object";
      default -> "null";
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
