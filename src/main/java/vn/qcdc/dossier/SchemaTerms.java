package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * The Vietnamese term of each field, from the schema's descriptions ("… — ngày thụ lý"), so that warnings name fields
 * as the commune's officers do: by definition and field, or by field alone when the definition is not known.
 */
final class SchemaTerms {

  private static final String SEPARATOR = " — ";
  private static final Map<String, String> BY_DEF = new HashMap<>();
  private static final Map<String, String> BY_FIELD = new HashMap<>();
  private static final JsonNode SCHEMA = DossierSchema.load();

  static {
    SCHEMA.path("$defs").properties().forEach(def -> def.getValue().path("properties").properties()
        .forEach(field -> {
          String description = field.getValue().path("description").asText("");
          int at = description.lastIndexOf(SEPARATOR);
          if (at >= 0) {
            String term = description.substring(at + SEPARATOR.length()).trim();
            BY_DEF.put(def.getKey() + "." + field.getKey(), term);
            BY_FIELD.putIfAbsent(field.getKey(), term);
          }
        }));
  }

  private SchemaTerms() {}

  /** "ngày thụ lý", or the field name when the schema gives no term (the warning's path names the field anyway). */
  static String of(String def, String field) {
    String term = def == null ? null : BY_DEF.get(def + "." + field);
    term = term != null ? term : BY_FIELD.get(field);
    return term == null ? field : term;
  }

  /** The item definition of a record list of the dossier ({@code /complaints} → Complaint). */
  static String itemDef(String listPointer) {
    JsonNode schema = SCHEMA;
    JsonNode property = listPointer.equals("/administrativeDossiers/records")
        ? schema.at("/$defs/AdministrativeDossiers/properties/records")
        : schema.path("properties").path(listPointer.substring(1));
    String ref = property.path("items").path("$ref").asText("");
    return ref.isEmpty() ? null : ref.substring(ref.lastIndexOf('/') + 1);
  }
}
