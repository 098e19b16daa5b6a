package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The published JSON Schema of dossier format 1.0 and the structural checks it makes. */
final class DossierSchema {

  static final String RESOURCE = "/dossier/dossier-1.0.schema.json";

  private final JsonNode schemaTree;
  private final JsonSchema schema;
  private final SchemaMessages messages;

  DossierSchema() {
    schemaTree = load();
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
        .pathType(PathType.JSON_PATH)
        .formatAssertionsEnabled(true)
        .build();
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree, config);
    messages = new SchemaMessages(schemaTree);
  }

  /** Every structural problem of the dossier, each once, in the validator's order. */
  List<DossierProblem> check(JsonNode dossier) {
    Set<DossierProblem> problems = new LinkedHashSet<>();
    for (ValidationMessage message : schema.validate(dossier)) {
      problems.add(messages.toProblem(message));
    }
    checkIntegerLiterals(schemaTree, dossier, JsonPaths.ROOT, problems);
    return List.copyOf(problems);
  }

  /**
   * The validator follows JSON Schema in treating {@code 3.0} as an integer; the format does not, so a number
   * written with a fraction or exponent where the schema says {@code integer} is reported here.
   */
  private void checkIntegerLiterals(JsonNode schemaNode, JsonNode value, String path, Collection<DossierProblem> out) {
    JsonNode rule = resolve(schemaNode);
    if (value.isNumber() && !value.isIntegralNumber()) {
      if (value.canConvertToExactIntegral() && "integer".equals(rule.path("type").asText())) {
        out.add(new DossierProblem(path, SchemaMessages.wrongType("integer", value)));
      }
    } else if (value.isObject()) {
      JsonNode properties = rule.path("properties");
      for (var member : value.properties()) {
        JsonNode property = properties.get(member.getKey());
        if (property != null) {
          checkIntegerLiterals(property, member.getValue(), JsonPaths.field(path, member.getKey()), out);
        }
      }
    } else if (value.isArray() && rule.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        checkIntegerLiterals(rule.get("items"), value.get(i), JsonPaths.index(path, i), out);
      }
    }
  }

  private JsonNode resolve(JsonNode schemaNode) {
    JsonNode node = schemaNode;
    while (node.has("$ref")) {
      node = schemaTree.at(node.get("$ref").asText().substring(1));
    }
    return node;
  }

  static JsonNode load() {
    try (InputStream in = DossierSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Dossier schema not on the class path: " + RESOURCE);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the dossier schema " + RESOURCE, e);
    }
  }
}
