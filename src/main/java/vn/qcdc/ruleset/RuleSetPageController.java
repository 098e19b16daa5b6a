package vn.qcdc.ruleset;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The rule set in force, read-only: its hash, when it was loaded, and each criterion with points and legal basis. */
@Controller
class RuleSetPageController {

  private final ActiveRuleSet active;

  RuleSetPageController(ActiveRuleSet active) {
    this.active = active;
  }

  @GetMapping("/bo-quy-tac")
  String ruleSet(Model model) {
    model.addAttribute("rules", active.current());
    return "ruleset";
  }
}
