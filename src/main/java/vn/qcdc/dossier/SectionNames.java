package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * The Vietnamese term of each dossier section ({@code complaints} → "khiếu nại"), from the schema's section
 * descriptions, so that messages about a section name it as the commune's officers do.
 */
public final class SectionNames {

  private static final String TERM_SEPARATOR = " — ";
  private static final Map<String, String> TERMS = read(DossierSchema.load());

  private SectionNames() {}

  /** The section as a Vietnamese text names it: its term and, to find it in the format, its key. */
  public static String vi(String section) {
    String term = TERMS.get(section);
    return term == null ? "\"" + section + "\"" : "“" + term + "” (" + section + ")";
  }

  /** The section's Vietnamese term ("khiếu nại"), or its key if the format gives none. */
  public static String term(String section) {
    return TERMS.getOrDefault(section, section);
  }

  private static Map<String, String> read(JsonNode schema) {
    Map<String, String> terms = new HashMap<>();
    schema.path("properties").fields().forEachRemaining(e -> {
      String description = e.getValue().path("description").asText("");
      int at = description.lastIndexOf(TERM_SEPARATOR);
      if (at >= 0) {
        terms.put(e.getKey(), description.substring(at + TERM_SEPARATOR.length()).trim());
      }
    });
    return Map.copyOf(terms);
  }
}
