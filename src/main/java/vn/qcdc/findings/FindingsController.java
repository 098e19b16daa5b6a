package vn.qcdc.findings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.qcdc.commune.Communes;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.State;
import vn.qcdc.official.OfficialResults;
import vn.qcdc.official.ResultView;
import vn.qcdc.security.CurrentUser;

/** Every finding of an evaluation, filtered by group and outcome, under the arithmetic of its total. */
@Controller
class FindingsController {

  private final OfficialResults results;
  private final Communes communes;

  FindingsController(OfficialResults results, Communes communes) {
    this.results = results;
    this.communes = communes;
  }

  @GetMapping("/danh-gia/{id}")
  String findings(@PathVariable long id, @RequestParam(name = "nhom", required = false) String group,
      @RequestParam(name = "ket-qua", required = false) String state, Model model, Locale locale) {
    ResultView v = results.of(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no evaluation " + id));
    CurrentUser.requireRead(v.evaluation().communeCode());
    boolean english = "en".equals(locale.getLanguage());
    Evaluation e = v.result().engine();
    Map<String, String> groups = new LinkedHashMap<>();
    e.groups().forEach(g -> groups.put(g.id(), english ? g.title().en() : g.title().vi()));
    List<FindingView> shown = e.findings().stream()
        .filter(f -> blank(group) || group.equals(f.group()))
        .filter(f -> blank(state) || state.equals(f.state().name()))
        .map(f -> FindingView.of(f, v.result(), english)).toList();
    model.addAttribute("view", v);
    model.addAttribute("evaluation", v.evaluation());
    model.addAttribute("commune", communes.find(v.evaluation().communeCode()).orElseThrow());
    model.addAttribute("arithmetic", ArithmeticView.of(v.result(), english));
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
