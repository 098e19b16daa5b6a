package vn.qcdc.pages;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.qcdc.assessment.StoredEvaluation;
import vn.qcdc.ruleset.ActiveRuleSet;

/** The chairman's dashboard of a commune for a year (default: the latest year evaluated). */
@Controller
class DashboardController {

  private final Results results;
  private final ActiveRuleSet rules;

  DashboardController(Results results, ActiveRuleSet rules) {
    this.results = results;
    this.rules = rules;
  }

  @GetMapping("/xa/{code}")
  String latest(@PathVariable String code, Model model, Locale locale) {
    return show(code, null, model, locale);
  }

  @GetMapping("/xa/{code}/{year:\\d{4}}")
  String year(@PathVariable String code, @PathVariable int year, Model model, Locale locale) {
    return show(code, year, model, locale);
  }

  private String show(String code, Integer year, Model model, Locale locale) {
    model.addAttribute("commune", results.commune(code));
    // The trend is the commune's own: figures of communes merged into it are in its history page, not its line.
    var history = results.history(code).stream().filter(e -> e.communeCode().equals(code)).toList();
    model.addAttribute("years", results.latestPerYear(history).keySet());
    StoredEvaluation e = results.latest(code, year).orElse(null);
    model.addAttribute("year", year);
    if (e != null) {
      model.addAttribute("dashboard", Dashboard.of(e, results.result(e),
          rules.current().profile().gradeBands(), results.latestPerYear(history),
          "en".equals(locale.getLanguage())));
    }
    return "dashboard";
  }
}
