package vn.qcdc.official;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.qcdc.ruleset.RuleSetRecords;

/**
 * The page legal staff and auditors open after a rule change: the results made with an earlier rule set (those still
 * to re-evaluate, and the signed-off ones kept as made), the action that re-evaluates them, its progress and summary.
 */
@Controller
class StaleResultsPageController {

  private final BulkReevaluation bulk;
  private final RuleSetRecords rules;

  StaleResultsPageController(BulkReevaluation bulk, RuleSetRecords rules) {
    this.bulk = bulk;
    this.rules = rules;
  }

  @GetMapping("/bo-quy-tac/cham-lai")
  String page(@RequestParam(name = "lan", required = false) String run, Model model) {
    model.addAttribute("inForce", rules.inForce());
    model.addAttribute("stale", bulk.stale());
    model.addAttribute("finalOnEarlier", bulk.finalOnEarlierRules());
    model.addAttribute("job", run == null ? bulk.latest().orElse(null) : bulk.find(run).orElse(null));
    return "stale-results";
  }

  @PostMapping("/bo-quy-tac/cham-lai")
  String start() {
    return "redirect:/bo-quy-tac/cham-lai?lan=" + bulk.start().id();
  }
}
