package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Walks a dossier tree beside its schema, so that the checks the JSON Schema cannot make know the rule of each value:
 * the {@code $defs} it refers to ({@code date}, {@code id}), its {@code maxItems}, its {@code type}. Members the schema
 * does not define are not visited (the schema reports them).
 */
final class SchemaWalk {

  /** Called for each value with its resolved rule; returns whether to go on into the value's members or elements. */
  interface Visitor {
    boolean visit(JsonNode rule, String definition, JsonNode value, JsonPaths.At path);
  }

  private static final String DEFS = "#/$defs/";

  private final JsonNode schemaTree;
  /** Each {@code $ref} resolved once (a JSON pointer lookup per value would cost more than the walk). */
  private final Map<String, JsonNode> refs = new ConcurrentHashMap<>();

  SchemaWalk(JsonNode schemaTree) {
    this.schemaTree = schemaTree;
  }

  void walk(JsonNode dossier, Visitor visitor) {
    walk(schemaTree, dossier, JsonPaths.At.ROOT, visitor);
  }

  private void walk(JsonNode schemaNode, JsonNode value, JsonPaths.At path, Visitor visitor) {
    String definition = null;
    JsonNode rule = schemaNode;
    while (rule.has("$ref")) {
      String ref = rule.get("$ref").asText();
      definition = ref.startsWith(DEFS) ? ref.substring(DEFS.length()) : definition;
      rule = refs.computeIfAbsent(ref, r -> schemaTree.at(r.substring(1)));
    }
    if (!visitor.visit(rule, definition, value, path)) {
      return;
    }
    if (value.isObject()) {
      JsonNode properties = rule.path("properties");
      for (var member : value.properties()) {
        JsonNode property = properties.get(member.getKey());
        if (property != null) {
          walk(property, member.getValue(), path.field(member.getKey()), visitor);
        }
      }
    } else if (value.isArray() && rule.has("items")) {
      JsonNode items = rule.get("items");
      for (int i = 0; i < value.size(); i++) {
        walk(items, value.get(i), path.index(i), visitor);
      }
    }
  }
}
