package vn.qcdc.pages;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.qcdc.assessment.StoredEvaluation;
import vn.qcdc.evaluation.State;

/** Every finding of an evaluation, filtered by group and outcome, each opening to how it was reached. */
@Controller
class FindingsController {

  private final Results results;

  FindingsController(Results results) {
    this.results = results;
  }

  @GetMapping("/danh-gia/{id}")
  String findings(@PathVariable long id, @RequestParam(name = "nhom", required = false) String group,
      @RequestParam(name = "ket-qua", required = false) String state, Model model, Locale locale) {
    StoredEvaluation e = results.evaluation(id);
    JsonNode result = results.result(e);
    String lang = "en".equals(locale.getLanguage()) ? "en" : "vi";
    Map<String, String> groups = new LinkedHashMap<>();
    result.path("groups").forEach(g -> groups.put(g.path("id").asText(), g.path("title").path(lang).asText()));
    List<FindingView> shown = new ArrayList<>();
    for (JsonNode f : result.path("findings")) {
      if ((blank(group) || group.equals(f.path("group").asText()))
          && (blank(state) || state.equals(f.path("state").asText()))) {
        shown.add(FindingView.of(f, lang));
      }
    }
    model.addAttribute("evaluation", e);
    model.addAttribute("commune", results.commune(e.communeCode()));
    model.addAttribute("groups", groups);
    model.addAttribute("states", State.values());
    model.addAttribute("group", group);
    model.addAttribute("state", state);
    model.addAttribute("findings", shown);
    return "findings";
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
