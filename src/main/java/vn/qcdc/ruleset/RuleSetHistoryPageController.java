package vn.qcdc.ruleset;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.qcdc.security.CurrentUser;
import vn.qcdc.web.ApiException;

/**
 * Every rule set ever in force, newest first, with who, when, why and its hash; each version's diff from the one before
 * it; and, for legal staff, a rollback that puts a version's exact files in force again (checked like any change, and
 * recorded as a new version; the working folder then holds those files).
 */
@Controller
@RequestMapping("/bo-quy-tac/lich-su")
class RuleSetHistoryPageController {

  private final RuleSetManager manager;

  RuleSetHistoryPageController(RuleSetManager manager) {
    this.manager = manager;
  }

  @GetMapping
  String list(Model model) {
    WorkingCopy.requireLegalOrAuditor();
    model.addAttribute("versions", manager.versions());
    model.addAttribute("inForce", manager.active().current().hash());
    return "rules-history";
  }

  @GetMapping("/{hash}")
  String version(@PathVariable String hash, Model model) {
    WorkingCopy.requireLegalOrAuditor();
    RuleSetHistory.Entry e = entry(hash);
    model.addAttribute("version", e);
    model.addAttribute("diffs", WorkingCopy.split(manager.diffOf(e)));
    model.addAttribute("inForce", manager.active().current().hash());
    return "rules-version";
  }

  @PostMapping("/{hash}/khoi-phuc")
  String rollback(@PathVariable String hash, @RequestParam(name = "moTa", required = false) String description,
      RedirectAttributes flash) {
    WorkingCopy.requireLegal();
    RuleSetHistory.Entry e = entry(hash);
    String why = description == null || description.isBlank() ? null : description.strip();
    RuleSetManager.Attempt a = manager.rollback(e, CurrentUser.name(), why == null ? null
        : why.substring(0, Math.min(why.length(), 2000)));
    flash.addFlashAttribute("attempt", a);
    flash.addFlashAttribute("restored", e.hash());
    return "redirect:/bo-quy-tac/lich-su";
  }

  private RuleSetHistory.Entry entry(String hash) {
    return manager.version(hash).orElseThrow(() -> ApiException.notFound("Rule set version", hash));
  }
}
