package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Walks a piece of a dossier (a top-level member, one record) beside its schema, so that the checks the JSON Schema
 * cannot make know the rule of each value: the {@code $defs} it refers to ({@code date}, {@code id}), its
 * {@code maxItems}, its {@code type}. Members the schema does not define are not visited (the schema reports them).
 */
final class SchemaWalk {

  /** Called for each value with its resolved rule; returns whether to go on into the value's members or elements. */
  interface Visitor {
    boolean visit(JsonNode rule, String definition, JsonNode value, JsonPaths.At path);
  }

  private static final String DEFS = "#/$defs/";

  /**
   * A schema node with its {@code $ref}s followed, and its members' and elements' steps, made once per schema; a
   * streamed dossier walks each piece (a top-level member, one record) from its own step.
   */
  static final class Step {
    final JsonNode rule;
    final String definition;
    private final Map<String, Step> properties = new HashMap<>();
    private Step items;

    private Step(JsonNode rule, String definition) {
      this.rule = rule;
      this.definition = definition;
    }

    /** The step of a member, or null when the schema does not define it (such members are not walked). */
    Step member(String name) {
      return properties.get(name);
    }

    /** The step of a list's elements, or null. */
    Step items() {
      return items;
    }
  }

  private final Step root;

  SchemaWalk(JsonNode schemaTree) {
    this.root = compile(schemaTree, schemaTree, new IdentityHashMap<>());
  }

  Step root() {
    return root;
  }

  /** Walks one piece of a dossier from its step (nothing when the schema does not define the piece). */
  static void walk(Step step, JsonNode value, JsonPaths.At path, Visitor visitor) {
    if (step != null) {
      visit(step, value, path, visitor);
    }
  }

  /** Resolving a {@code $ref} for every value cost more than the checks themselves: the schema is resolved here. */
  private static Step compile(JsonNode schemaTree, JsonNode schemaNode, IdentityHashMap<JsonNode, Step> made) {
    Step known = made.get(schemaNode);
    if (known != null) {
      return known;
    }
    String definition = null;
    JsonNode rule = schemaNode;
    while (rule.has("$ref")) {
      String ref = rule.get("$ref").asText();
      definition = ref.startsWith(DEFS) ? ref.substring(DEFS.length()) : definition;
      rule = schemaTree.at(ref.substring(1));
    }
    Step step = new Step(rule, definition);
    made.put(schemaNode, step);
    for (var property : rule.path("properties").properties()) {
      step.properties.put(property.getKey(), compile(schemaTree, property.getValue(), made));
    }
    if (rule.has("items")) {
      step.items = compile(schemaTree, rule.get("items"), made);
    }
    return step;
  }

  private static void visit(Step step, JsonNode value, JsonPaths.At path, Visitor visitor) {
    if (!visitor.visit(step.rule, step.definition, value, path)) {
      return;
    }
    if (value.isObject()) {
      for (var member : value.properties()) {
        Step property = step.properties.get(member.getKey());
        if (property != null) {
          visit(property, member.getValue(), path.field(member.getKey()), visitor);
        }
      }
    } else if (value.isArray() && step.items != null) {
      for (int i = 0; i < value.size(); i++) {
        visit(step.items, value.get(i), path.index(i), visitor);
      }
    }
  }
}
