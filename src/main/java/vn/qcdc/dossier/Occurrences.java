package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Every textual value of one field ({@code id}, {@code villageId}) in the objects of a dossier, with its path, in
 * document order: what the cross-record rules need of records that are no longer in memory.
 */
final class Occurrences {

  private final String field;
  private final List<String> values = new ArrayList<>();
  private final List<JsonPaths.At> paths = new ArrayList<>();

  Occurrences(String field) {
    this.field = field;
  }

  String field() {
    return field;
  }

  /** The field of this object, if it has it as text. */
  void add(JsonNode object, JsonPaths.At path) {
    JsonNode value = object.path(field);
    if (value.isTextual()) {
      values.add(value.asText());
      paths.add(path.field(field));
    }
  }

  /** Keeps the place of an object whose members are read later; returns the place. */
  int reserve() {
    values.add(null);
    paths.add(null);
    return values.size() - 1;
  }

  /** Puts the member {@code name} of the object at {@code slot} in its place, if it is this field. */
  void fill(int slot, String name, String value, JsonPaths.At path) {
    if (name.equals(field)) {
      values.set(slot, value);
      paths.set(slot, path);
    }
  }

  void forEach(BiConsumer<String, JsonPaths.At> action) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) != null) {
        action.accept(values.get(i), paths.get(i));
      }
    }
  }
}
