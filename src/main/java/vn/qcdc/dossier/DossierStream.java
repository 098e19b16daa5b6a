package vn.qcdc.dossier;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads a dossier's top level with a streaming parser and hands on each piece in document order: a member read whole
 * (the commune, the period, a record list that is not a list), or one record of a record list at a time, so that
 * the trees of a list's records are never alive together. What stays is the dossier's top level, in which each
 * streamed list is an empty list, as the schema checks the dossier without its records.
 *
 * <p>The record lists are the top-level lists of the schema and {@code administrativeDossiers.records}; the
 * administrative dossiers are read member by member for it. Members whose value is {@code null} are absent.
 */
final class DossierStream {

  static final String ADMIN = "administrativeDossiers";
  static final String ADMIN_RECORDS = "records";

  /** What the pieces of one dossier are handed to, in document order; a sink overrides what it needs. */
  interface Sink {

    /** An object read member by member (the root, the administrative dossiers) begins. */
    default void objectStart(JsonPaths.At path) {}

    /** A field name of such an object (the members of pieces are the sink's to visit). */
    default void name(String name, JsonPaths.At path) {}

    /** A value read whole: a member of such an object ({@code name}), or a root that is not an object (null). */
    default void value(String name, JsonNode value, JsonPaths.At path, SchemaWalk.Step step) {}

    /** A record list begins; {@code list} is its key (the administrative dossiers' records: {@value #ADMIN}). */
    default void listStart(String list, JsonPaths.At path, SchemaWalk.Step step) {}

    default void record(String list, int index, JsonNode record, JsonPaths.At path, SchemaWalk.Step step) {}

    default void listEnd(String list, int size, JsonPaths.At path, SchemaWalk.Step step) {}

    default void objectEnd(JsonPaths.At path) {}
  }

  private final StrictJson json;
  private final SchemaWalk.Step root;
  private final Set<String> recordLists;

  /** {@code recordLists}: the top-level keys whose values are streamed when they are lists. */
  DossierStream(StrictJson json, SchemaWalk walk, Set<String> recordLists) {
    this.json = json;
    this.root = walk.root();
    this.recordLists = recordLists;
  }

  /** The top-level keys of the schema's lists, in the schema's order: each holds records of one kind. */
  static Set<String> recordLists(JsonNode schemaTree) {
    Set<String> lists = new LinkedHashSet<>();
    schemaTree.path("properties").properties().forEach(p -> {
      if (p.getValue().has("items")) {
        lists.add(p.getKey());
      }
    });
    return Collections.unmodifiableSet(lists);
  }

  /** Reads the whole document; returns its top level without the streamed records. */
  JsonNode read(JsonParser parser, Sink sink) throws IOException, InvalidDossierException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw StrictJson.empty();
    }
    JsonNode top;
    if (first == JsonToken.START_OBJECT) {
      top = readRoot(parser, sink);
    } else {
      top = json.readValue(parser);
      sink.value(null, top, JsonPaths.At.ROOT, root);
    }
    if (parser.nextToken() != null) {
      throw new JsonParseException(parser, "content after the top-level value");
    }
    return top;
  }

  private ObjectNode readRoot(JsonParser parser, Sink sink) throws IOException {
    ObjectNode top = JsonNodeFactory.instance.objectNode();
    sink.objectStart(JsonPaths.At.ROOT);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonPaths.At at = JsonPaths.At.ROOT.field(name);
      JsonToken token = parser.nextToken();
      if (token == JsonToken.VALUE_NULL) {
        continue;
      }
      sink.name(name, at);
      SchemaWalk.Step step = root.member(name);
      if (token == JsonToken.START_ARRAY && recordLists.contains(name)) {
        top.set(name, readList(parser, name, at, step, sink));
      } else if (token == JsonToken.START_OBJECT && name.equals(ADMIN)) {
        top.set(name, readAdministrativeDossiers(parser, at, step, sink));
      } else {
        JsonNode value = json.readValue(parser);
        top.set(name, value);
        sink.value(name, value, at, step);
      }
    }
    sink.objectEnd(JsonPaths.At.ROOT);
    return top;
  }

  private ObjectNode readAdministrativeDossiers(JsonParser parser, JsonPaths.At path, SchemaWalk.Step step,
      Sink sink) throws IOException {
    ObjectNode admin = JsonNodeFactory.instance.objectNode();
    sink.objectStart(path);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonPaths.At at = path.field(name);
      JsonToken token = parser.nextToken();
      if (token == JsonToken.VALUE_NULL) {
        continue;
      }
      sink.name(name, at);
      SchemaWalk.Step member = step == null ? null : step.member(name);
      if (token == JsonToken.START_ARRAY && name.equals(ADMIN_RECORDS)) {
        admin.set(name, readList(parser, ADMIN, at, member, sink));
      } else {
        JsonNode value = json.readValue(parser);
        admin.set(name, value);
        sink.value(name, value, at, member);
      }
    }
    sink.objectEnd(path);
    return admin;
  }

  /** Streams the records of the list the parser stands on; returns the empty list that stands for it. */
  private JsonNode readList(JsonParser parser, String list, JsonPaths.At path, SchemaWalk.Step step, Sink sink)
      throws IOException {
    sink.listStart(list, path, step);
    SchemaWalk.Step items = step == null ? null : step.items();
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      JsonNode record = json.readValue(parser);
      sink.record(list, index, record, path.index(index), items);
      index++;
    }
    sink.listEnd(list, index, path, step);
    return JsonNodeFactory.instance.arrayNode();
  }

  /**
   * Hands a dossier already in memory to a sink as {@link #read} would hand the same document on; for checks run on a
   * tree, such as a test's.
   */
  void replay(JsonNode dossier, Sink sink) {
    if (!(dossier instanceof ObjectNode object)) {
      sink.value(null, dossier, JsonPaths.At.ROOT, root);
      return;
    }
    sink.objectStart(JsonPaths.At.ROOT);
    for (var member : object.properties()) {
      String name = member.getKey();
      JsonNode value = member.getValue();
      JsonPaths.At at = JsonPaths.At.ROOT.field(name);
      sink.name(name, at);
      SchemaWalk.Step step = root.member(name);
      if (value.isArray() && recordLists.contains(name)) {
        replayList(name, value, at, step, sink);
      } else if (value.isObject() && name.equals(ADMIN)) {
        sink.objectStart(at);
        for (var adminMember : value.properties()) {
          JsonPaths.At memberAt = at.field(adminMember.getKey());
          sink.name(adminMember.getKey(), memberAt);
          SchemaWalk.Step memberStep = step == null ? null : step.member(adminMember.getKey());
          if (adminMember.getValue().isArray() && adminMember.getKey().equals(ADMIN_RECORDS)) {
            replayList(ADMIN, adminMember.getValue(), memberAt, memberStep, sink);
          } else {
            sink.value(adminMember.getKey(), adminMember.getValue(), memberAt, memberStep);
          }
        }
        sink.objectEnd(at);
      } else {
        sink.value(name, value, at, step);
      }
    }
    sink.objectEnd(JsonPaths.At.ROOT);
  }

  private static void replayList(String list, JsonNode records, JsonPaths.At path, SchemaWalk.Step step, Sink sink) {
    sink.listStart(list, path, step);
    for (int i = 0; i < records.size(); i++) {
      sink.record(list, i, records.get(i), path.index(i), step == null ? null : step.items());
    }
    sink.listEnd(list, records.size(), path, step);
  }
}
