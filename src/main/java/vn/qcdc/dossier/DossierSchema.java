package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The published JSON Schema of dossier format 1.0 and the structural checks it makes.
 *
 * <p>The record lists (the sections and {@code administrativeDossiers.records}) are validated one record at a time,
 * as the records are streamed, so that one record and the validator's findings for it at most are held at once: a
 * dossier of 200,000 wrong records is counted, not collected.
 */
final class DossierSchema {

  static final String RESOURCE = "/dossier/dossier-1.0.schema.json";
  private static final String ADMIN = DossierStream.ADMIN;
  private static final String ADMIN_RECORDS = DossierStream.ADMIN_RECORDS;

  private final JsonNode schemaTree;
  private final JsonSchema schema;
  private final SchemaMessages messages;
  /** The item schema of each record list, by the list's key (the admin records as {@code administrativeDossiers}). */
  private final Map<String, JsonSchema> recordSchemas = new LinkedHashMap<>();

  DossierSchema() {
    schemaTree = load();
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
        .pathType(PathType.JSON_PATH)
        .formatAssertionsEnabled(true)
        .build();
    JsonMetaSchema dates = JsonMetaSchema.builder(JsonMetaSchema.getV202012()).format(new SchemaDateFormat()).build();
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, factory -> factory.metaSchema(dates))
        .getSchema(schemaTree, config);
    messages = new SchemaMessages(schemaTree);
    DossierStream.recordLists(schemaTree).forEach(list ->
        recordSchemas.put(list, schema.getSubSchema(pointer("properties", list, "items"))));
    recordSchemas.put(ADMIN, schema.getSubSchema(pointer("$defs", "AdministrativeDossiers", "properties",
        ADMIN_RECORDS, "items")));
  }

  JsonNode tree() {
    return schemaTree;
  }

  /** The keys of the record lists, in the order their records' problems are listed. */
  Set<String> recordLists() {
    return recordSchemas.keySet();
  }

  /**
   * The structural problems of one dossier, each once, handed its pieces in document order and listed as the
   * validator has always listed them: the dossier without its records first, then each record list in the schema's
   * order, record by record, then the integers written with a fraction.
   */
  final class Findings {

    private final Map<String, ProblemList> records = new LinkedHashMap<>();
    private final ProblemList integers;
    private ExecutionContext context;
    private JsonNodePath listPath;
    private JsonSchema listSchema;
    private ProblemList listProblems;

    Findings(ProblemList problems) {
      recordSchemas.keySet().forEach(list -> records.put(list, problems.sibling()));
      integers = problems.sibling();
    }

    void value(JsonNode value, JsonPaths.At path, SchemaWalk.Step step) {
      checkIntegerLiterals(step, value, path, integers);
    }

    void listStart(String list) {
      context = schema.createExecutionContext();
      JsonNodePath at = new JsonNodePath(PathType.JSON_PATH).append(list);
      listPath = list.equals(ADMIN) ? at.append(ADMIN_RECORDS) : at;
      listSchema = recordSchemas.get(list);
      listProblems = records.get(list);
    }

    /** {@code root}: the dossier's top level as far as it is read (the validator keeps it, no rule reads it). */
    void record(int index, JsonNode record, JsonNode root, JsonPaths.At path, SchemaWalk.Step step) {
      report(listSchema.validate(context, record, root, listPath.append(index)), listProblems);
      checkIntegerLiterals(step, record, path, integers);
    }

    /** {@code top}: the dossier without the records streamed. */
    void list(JsonNode top, ProblemList problems) {
      report(schema.validate(withoutRecords(top)), problems);
      records.values().forEach(problems::append);
      problems.append(integers);
    }
  }

  private void report(Set<ValidationMessage> found, ProblemList problems) {
    Set<DossierProblem> once = new LinkedHashSet<>();
    found.forEach(message -> once.add(messages.toProblem(message)));
    once.forEach(problems::add);
  }

  /**
   * A shallow copy in which each record list present as a list is empty (its records are checked one by one), and
   * administrative dossiers written as a list too (the schema says it should be an object).
   */
  private JsonNode withoutRecords(JsonNode dossier) {
    if (!(dossier instanceof ObjectNode root)) {
      return dossier;
    }
    ObjectNode copy = JsonNodeFactory.instance.objectNode();
    root.properties().forEach(member -> {
      JsonNode value = member.getValue();
      if (value.isArray() && recordSchemas.containsKey(member.getKey())) {
        value = JsonNodeFactory.instance.arrayNode();
      } else if (member.getKey().equals(ADMIN) && value instanceof ObjectNode admin
          && admin.path(ADMIN_RECORDS).isArray()) {
        ObjectNode shallow = JsonNodeFactory.instance.objectNode();
        admin.properties().forEach(m -> shallow.set(m.getKey(), m.getValue()));
        value = shallow.set(ADMIN_RECORDS, JsonNodeFactory.instance.arrayNode());
      }
      copy.set(member.getKey(), value);
    });
    return copy;
  }

  /**
   * The validator follows JSON Schema in treating {@code 3.0} as an integer; the format does not, so a number
   * written with a fraction or exponent where the schema says {@code integer} is reported here.
   */
  private static void checkIntegerLiterals(SchemaWalk.Step step, JsonNode piece, JsonPaths.At at,
      ProblemList problems) {
    SchemaWalk.walk(step, piece, at, (rule, definition, value, path) -> {
      if (value.isNumber() && !value.isIntegralNumber() && value.canConvertToExactIntegral()
          && "integer".equals(rule.path("type").asText())) {
        problems.add(DossierProblem.english(path.toString(), SchemaMessages.wrongType("integer", value)));
      }
      return true;
    });
  }

  private static JsonNodePath pointer(String... steps) {
    JsonNodePath path = new JsonNodePath(PathType.JSON_POINTER);
    for (String step : steps) {
      path = path.append(step);
    }
    return path;
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
