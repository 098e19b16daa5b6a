package vn.qcdc.pages;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One criterion's finding as the findings page opens it: explanation, records used, checks, warnings, basis. */
record FindingView(String criterion, String group, String title, String state, BigDecimal points,
    BigDecimal maxPoints, String explanation, List<String> facts, List<CheckView> checks, List<String> warnings,
    String legalBasis) {

  /** One check: the part it belongs to, the records, its dates, whether it was met and its sentence. */
  record CheckView(String part, String records, String trigger, String due, String action, boolean compliant,
      String text) {}

  static FindingView of(JsonNode f, String lang) {
    List<CheckView> checks = new ArrayList<>();
    for (JsonNode part : f.path("parts")) {
      for (JsonNode c : part.path("checks")) {
        checks.add(new CheckView(part.path("id").asText(), String.join(", ", strings(c.path("records"))),
            c.path("trigger").asText(""), c.path("due").asText(""), c.path("action").asText(""),
            c.path("compliant").asBoolean(), c.path("text").path(lang).asText("")));
      }
    }
    return new FindingView(f.path("criterion").asText(), f.path("group").asText(), f.path("title").path(lang).asText(),
        f.path("state").asText(), f.path("points").decimalValue(), f.path("maxPoints").decimalValue(),
        f.path("explanation").path(lang).asText(""), strings(f.path("facts")), checks, strings(f.path("warnings")),
        f.path("legalBasis").asText(""));
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
