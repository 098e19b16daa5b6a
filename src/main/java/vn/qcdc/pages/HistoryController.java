package vn.qcdc.pages;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.qcdc.review.Appraised;
import vn.qcdc.assessment.StoredEvaluation;

/** A commune's evaluations over time, and two of them compared criterion by criterion with the cause named. */
@Controller
class HistoryController {

  /** An evaluation in the history, with its latest appraised total if any. */
  record Entry(StoredEvaluation evaluation, Appraised appraised) {}

  /** One criterion in both evaluations; points are null where a rule set lacks the criterion. */
  record Change(String criterion, String title, BigDecimal fromPoints, String fromState, BigDecimal toPoints,
      String toState, BigDecimal delta, boolean changed) {}

  private final Results results;

  HistoryController(Results results) {
    this.results = results;
  }

  @GetMapping("/xa/{code}/lich-su")
  String history(@PathVariable String code, Model model) {
    model.addAttribute("commune", results.commune(code));
    List<Entry> entries = new ArrayList<>();
    for (StoredEvaluation e : results.history(code)) {
      List<Appraised> a = results.appraisals(e.id());
      entries.add(new Entry(e, a.isEmpty() ? null : a.get(a.size() - 1)));
    }
    model.addAttribute("entries", entries);
    return "history";
  }

  @GetMapping("/so-sanh")
  String compare(@RequestParam("tu") long from, @RequestParam("den") long to, Model model,
      java.util.Locale locale) {
    StoredEvaluation a = results.evaluation(from);
    StoredEvaluation b = results.evaluation(to);
    model.addAttribute("from", a);
    model.addAttribute("to", b);
    model.addAttribute("commune", results.commune(b.communeCode()));
    boolean dossier = !a.dossierHash().equals(b.dossierHash());
    boolean rules = !a.ruleSetHash().equals(b.ruleSetHash());
    model.addAttribute("cause", dossier && rules ? "DOSSIER_AND_RULE_SET" : dossier ? "DOSSIER"
        : rules ? "RULE_SET" : "NONE");
    model.addAttribute("delta", b.total().subtract(a.total()));
    model.addAttribute("changes", changes(results.result(a), results.result(b), locale.getLanguage()));
    return "compare";
  }

  private static List<Change> changes(JsonNode a, JsonNode b, String language) {
    Map<String, JsonNode> from = byCriterion(a);
    Map<String, JsonNode> to = byCriterion(b);
    Map<String, Boolean> ids = new LinkedHashMap<>();
    from.keySet().forEach(id -> ids.put(id, true));
    to.keySet().forEach(id -> ids.put(id, true));
    List<Change> changes = new ArrayList<>();
    for (String id : ids.keySet()) {
      JsonNode f = from.get(id);
      JsonNode t = to.get(id);
      BigDecimal p1 = f == null ? null : f.path("points").decimalValue();
      BigDecimal p2 = t == null ? null : t.path("points").decimalValue();
      String s1 = f == null ? null : f.path("state").asText();
      String s2 = t == null ? null : t.path("state").asText();
      String title = Results.title(t != null ? t : f, language);
      boolean changed = p1 == null || p2 == null || p1.compareTo(p2) != 0 || !Objects.equals(s1, s2);
      changes.add(new Change(id, title, p1, s1, p2, s2, p1 == null || p2 == null ? null : p2.subtract(p1), changed));
    }
    return changes;
  }

  private static Map<String, JsonNode> byCriterion(JsonNode result) {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    result.path("findings").forEach(f -> map.put(f.path("criterion").asText(), f));
    return map;
  }
}
