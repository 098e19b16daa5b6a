package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Walks a dossier tree beside its schema, so that the checks the JSON Schema cannot make know the rule of each value:
 * the {@code $defs} it refers to ({@code date}, {@code id}), its {@code maxItems}, its {@code type}. Members the schema
 * does not define are not visited (the schema reports them).
 */
final class SchemaWalk {

  /** Called for each value with its resolved rule; returns whether to go on into the value's members or elements. */
  interface Visitor {
    boolean visit(JsonNode rule, String definition, JsonNode value, String path);
  }

  private static final String DEFS = "#/$defs/";

  private final JsonNode schemaTree;

  SchemaWalk(JsonNode schemaTree) {
    this.schemaTree = schemaTree;
  }

  void walk(JsonNode dossier, Visitor visitor) {
    walk(schemaTree, dossier, JsonPaths.ROOT, visitor);
  }

  private void walk(JsonNode schemaNode, JsonNode value, String path, Visitor visitor) {
    String definition = null;
    JsonNode rule = schemaNode;
    while (rule.has("$ref")) {
      String ref = rule.get("$ref").asText();
      definition = ref.startsWith(DEFS) ? ref.substring(DEFS.length()) : definition;
      rule = schemaTree.at(ref.substring(1));
    }
    if (!visitor.visit(rule, definition, value, path)) {
      return;
    }
    if (value.isObject()) {
      JsonNode properties = rule.path("properties");
      for (var member : value.properties()) {
        JsonNode property = properties.get(member.getKey());
        if (property != null) {
          walk(property, member.getValue(), JsonPaths.field(path, member.getKey()), visitor);
        }
      }
    } else if (value.isArray() && rule.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        walk(rule.get("items"), value.get(i), JsonPaths.index(path, i), visitor);
      }
    }
  }
}
