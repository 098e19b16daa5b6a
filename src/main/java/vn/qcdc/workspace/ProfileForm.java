package vn.qcdc.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.workbook.TypedText;

/**
 * The commune-profile form that starts a year's dossier by forms: unit level, remote area, radio, website, intranet,
 * HĐND, staff count and the villages with their households, prefilled from the newest dossier or the registry. What
 * was typed becomes the dossier's {@code commune} object; problems are kept by input name to show beside each field.
 *
 * @param values the typed texts by input name ({@code level}, {@code staffCount}, {@code v.0.name} …)
 * @param villageRows how many village rows the form shows
 * @param errors problems by input name ({@code ""} for the ones no input explains)
 */
public record ProfileForm(Map<String, String> values, int villageRows, Map<String, String> errors) {

  static final List<String> FLAGS = List.of("remoteArea", "hasRadio", "hasWebsite", "hasIntranet", "hasHdnd");
  /** Empty village rows offered below the known ones. */
  static final int SPARE_VILLAGES = 5;

  /** The form prefilled with a profile (the dossier's commune object, complete or only as the registry knows it). */
  static ProfileForm of(JsonNode profile) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("level", profile.path("level").asText(""));
    values.put("district", profile.path("district").asText(""));
    FLAGS.forEach(f -> values.put(f, profile.path(f).asBoolean(false) ? "true" : ""));
    values.put("staffCount", profile.has("staffCount") ? profile.get("staffCount").asText() : "");
    JsonNode villages = profile.path("villages");
    for (int i = 0; i < villages.size(); i++) {
      values.put("v." + i + ".id", villages.get(i).path("id").asText(""));
      values.put("v." + i + ".name", villages.get(i).path("name").asText(""));
      values.put("v." + i + ".households", villages.get(i).path("households").asText(""));
    }
    return new ProfileForm(values, villages.size() + SPARE_VILLAGES, Map.of());
  }

  /** The form as typed. */
  static ProfileForm typed(Map<String, String> parameters) {
    Map<String, String> values = new LinkedHashMap<>();
    int rows = 0;
    for (Map.Entry<String, String> p : parameters.entrySet()) {
      if (p.getKey().equals("level") || p.getKey().equals("district") || p.getKey().equals("staffCount")
          || FLAGS.contains(p.getKey()) || p.getKey().matches("v\\.\\d{1,3}\\.(id|name|households)")) {
        values.put(p.getKey(), p.getValue() == null ? "" : p.getValue().strip());
        if (p.getKey().startsWith("v.")) {
          rows = Math.max(rows, Integer.parseInt(p.getKey().split("\\.")[1]) + 1);
        }
      }
    }
    return new ProfileForm(values, Math.max(rows, SPARE_VILLAGES), Map.of());
  }

  public String value(String name) {
    return values.getOrDefault(name, "");
  }

  /**
   * The dossier's commune object: the registry's code, name and province with what was typed. A count that is not a
   * whole number is left out (the reader then names the field as missing) and noted in {@code problems}.
   */
  ObjectNode commune(JsonNode registry, Map<String, String> problems) {
    ObjectNode c = JsonNodeFactory.instance.objectNode();
    c.put("code", registry.path("code").asText()).put("name", registry.path("name").asText());
    if (!value("level").isEmpty()) {
      c.put("level", value("level"));
    }
    if (!value("district").isEmpty()) {
      c.put("district", value("district"));
    }
    c.put("province", registry.path("province").asText());
    FLAGS.forEach(f -> c.put(f, "true".equals(value(f))));
    whole("staffCount").ifPresentOrElse(n -> c.put("staffCount", n), () -> notWhole("staffCount", problems));
    ArrayNode villages = c.putArray("villages");
    int next = 1;
    for (int i = 0; i < villageRows; i++) {
      String name = value("v." + i + ".name");
      String id = value("v." + i + ".id");
      String households = value("v." + i + ".households");
      if (name.isEmpty() && id.isEmpty() && households.isEmpty()) {
        continue;
      }
      ObjectNode v = villages.addObject();
      while (id.isEmpty() && villageIdTaken(String.format("T%02d", next))) {
        next++;
      }
      v.put("id", id.isEmpty() ? String.format("T%02d", next++) : id);
      if (!name.isEmpty()) {
        v.put("name", name);
      }
      String key = "v." + i + ".households";
      whole(key).ifPresentOrElse(n -> v.put("households", n), () -> notWhole(key, problems));
    }
    return c;
  }

  /**
   * The problems of a refused start, by input name: {@code $.commune.staffCount} → {@code staffCount}; those worded in
   * the message bundles (the schema's) in {@code locale}'s language.
   */
  ProfileForm withProblems(List<DossierProblem> problems, Map<String, String> typing, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>(typing);
    for (DossierProblem p : problems) {
      String input = p.path().replaceFirst("^\\$\\.commune\\.villages\\[(\\d+)]\\.", "v.$1.")
          .replaceFirst("^\\$\\.commune\\.", "");
      input = input.startsWith("$") ? "" : input;
      errors.merge(input, p.message(locale), (a, b) -> a.contains(b) ? a : a + " " + b);
    }
    return new ProfileForm(values, villageRows, errors);
  }

  private boolean villageIdTaken(String id) {
    for (int i = 0; i < villageRows; i++) {
      if (id.equals(value("v." + i + ".id"))) {
        return true;
      }
    }
    return false;
  }

  private Optional<Long> whole(String name) {
    String text = value(name);
    return text.isEmpty() ? Optional.empty() : TypedText.integer(text);
  }

  private void notWhole(String name, Map<String, String> problems) {
    if (!value(name).isEmpty()) {
      problems.put(name, "“" + value(name) + "” không phải số nguyên (not a whole number)");
    }
  }

  /** The village rows' indexes, for the template. */
  public List<Integer> rows() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < villageRows; i++) {
      out.add(i);
    }
    return out;
  }
}
