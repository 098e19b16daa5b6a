package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The published dossier JSON Schema, read for what the workbook needs: definitions, properties, requirements. */
final class SchemaModel {

  static final String RESOURCE = "/dossier/dossier-1.0.schema.json";
  static final String ROOT = "root";
  private static final String TERM_SEPARATOR = " — ";

  private final JsonNode root;

  SchemaModel() {
    try (InputStream in = SchemaModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      root = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode root() {
    return root;
  }

  /** A definition by name; {@link #ROOT} names the dossier object itself. */
  JsonNode def(String name) {
    if (ROOT.equals(name)) {
      return root;
    }
    JsonNode def = root.path("$defs").path(name);
    if (def.isMissingNode()) {
      throw new IllegalArgumentException("no definition " + name + " in the dossier schema");
    }
    return def;
  }

  /** The definition a property refers to ({@code $ref: #/$defs/X} gives X), or null. */
  static String refName(JsonNode property) {
    String ref = property.path("$ref").asText(null);
    return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
  }

  boolean isEnum(String defName) {
    return defName != null && def(defName).has("enum");
  }

  boolean isObject(String defName) {
    return defName != null && "object".equals(def(defName).path("type").asText());
  }

  List<String> enumValues(String defName) {
    List<String> values = new ArrayList<>();
    def(defName).path("enum").forEach(v -> values.add(v.asText()));
    return values;
  }

  static List<String> propertyNames(JsonNode objectSchema) {
    List<String> names = new ArrayList<>();
    objectSchema.path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  static Set<String> required(JsonNode objectSchema) {
    Set<String> names = new LinkedHashSet<>();
    objectSchema.path("required").forEach(n -> names.add(n.asText()));
    return names;
  }

  /** What a property holds, as far as the workbook is concerned. */
  enum Shape { SCALAR, OBJECT, OBJECT_LIST, ENUM_LIST, TEXT_LIST, INTEGER_LIST, EVIDENCE }

  Shape shape(String name, JsonNode property) {
    String ref = refName(property);
    if (ref != null) {
      return isObject(ref) ? Shape.OBJECT : Shape.SCALAR;
    }
    if (!"array".equals(property.path("type").asText())) {
      return Shape.SCALAR;
    }
    if (name.equals("evidence")) {
      return Shape.EVIDENCE;
    }
    JsonNode items = property.path("items");
    String item = refName(items);
    if (item != null) {
      return isObject(item) ? Shape.OBJECT_LIST : Shape.ENUM_LIST;
    }
    return "integer".equals(items.path("type").asText()) ? Shape.INTEGER_LIST : Shape.TEXT_LIST;
  }

  /** The Vietnamese term a description ends with ("Meaning. — term"), or null. */
  static String term(JsonNode property) {
    String description = property.path("description").asText("");
    int at = description.lastIndexOf(TERM_SEPARATOR);
    return at < 0 ? null : description.substring(at + TERM_SEPARATOR.length()).trim();
  }

  /** The meaning a description starts with, without the term and Markdown marks; empty when there is none. */
  static String meaning(JsonNode property) {
    String description = property.path("description").asText("");
    int at = description.lastIndexOf(TERM_SEPARATOR);
    String meaning = at < 0 ? (description.contains(" ") ? description : "") : description.substring(0, at);
    return meaning.replace("**", "").replace("`", "").trim();
  }
}
