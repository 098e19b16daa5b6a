package vn.qcdc.ruleset;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.qcdc.commune.Commune;
import vn.qcdc.commune.Communes;
import vn.qcdc.security.CurrentUser;

/**
 * The change set (legal staff): the drafts of every file with a description of why; before applying, the diff of each
 * file, the validation result (problems and warnings), the scenario cases that fail and why (each opens at its line),
 * and the impact preview on the stored dossiers. Applying needs a description, a rule set that loads and scenario
 * cases that all pass; it saves the drafts and goes through the same check → apply path as every change (snapshot,
 * sandbox, scenarios, history and ledger).
 */
@Controller
@RequestMapping("/bo-quy-tac/thay-doi")
class ChangeSetController {

  static final String REASON = "change-set";

  private final WorkingCopy copy;
  private final RuleSetManager manager;
  private final ImpactPreview preview;
  private final Communes communes;

  ChangeSetController(WorkingCopy copy, RuleSetManager manager, ImpactPreview preview, Communes communes) {
    this.copy = copy;
    this.manager = manager;
    this.preview = preview;
    this.communes = communes;
  }

  @GetMapping
  String page(HttpSession session, Model model) {
    WorkingCopy.requireLegal();
    ChangeSet state = ChangeSet.of(session);
    Map<String, String> drafts = EditorDrafts.of(session).all();
    model.addAttribute("description", state.description());
    model.addAttribute("diffs", copy.diffs(session));
    model.addAttribute("inForce", manager.active().current().hash());
    if (drafts.isEmpty()) {
      return "rules-change-set";
    }
    Map<String, String> files = copy.withDrafts(session);
    String hash = RuleSetManager.hash(files);
    ChangeSet.Verdict verdict = verdict(state, files, hash);
    String jobId = state.previewFor(hash);
    ImpactPreview.Job job = jobId == null ? null : preview.find(jobId).orElse(null);
    if (job == null && verdict.problems().isEmpty()) {
      job = preview.start(new ImpactPreview.Request(drafts, null, null));
      state.previewing(hash, job.id());
    }
    model.addAttribute("candidate", hash);
    model.addAttribute("verdict", verdict);
    model.addAttribute("job", job);
    model.addAttribute("communeNames", communeNames(communes));
    return "rules-change-set";
  }

  @PostMapping("/mo-ta")
  String describe(@RequestParam(name = "moTa", required = false) String description, HttpSession session) {
    WorkingCopy.requireLegal();
    ChangeSet.of(session).describe(description);
    return "redirect:/bo-quy-tac/thay-doi";
  }

  /** Saves every draft and applies the change set, if it is described, loads and passes its scenario cases. */
  @PostMapping("/ap-dung")
  String apply(@RequestParam(name = "moTa", required = false) String description, HttpSession session, Model model,
      RedirectAttributes flash) throws IOException {
    WorkingCopy.requireLegal();
    ChangeSet state = ChangeSet.of(session);
    state.describe(description);
    EditorDrafts drafts = EditorDrafts.of(session);
    if (drafts.all().isEmpty()) {
      return "redirect:/bo-quy-tac/thay-doi";
    }
    Map<String, String> files = copy.withDrafts(session);
    ChangeSet.Verdict verdict = verdict(state, files, RuleSetManager.hash(files));
    if (state.description().isBlank() || !verdict.passed()) {
      flash.addFlashAttribute("refused", state.description().isBlank() ? "wb.cs.needDescription" : "wb.cs.needPass");
      return "redirect:/bo-quy-tac/thay-doi";
    }
    for (Map.Entry<String, String> e : drafts.all().entrySet()) {
      Files.writeString(copy.path(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
    RuleSetManager.Attempt attempt = manager.activate(copy.root(), CurrentUser.name(), REASON, state.description());
    drafts.clear();
    if (attempt.outcome() != RuleSetManager.Outcome.REJECTED) {
      state.clear();
    }
    flash.addFlashAttribute("attempt", attempt);
    return attempt.outcome() == RuleSetManager.Outcome.REJECTED ? "redirect:/bo-quy-tac/thay-doi"
        : "redirect:/bo-quy-tac/lich-su";
  }

  /** Drops the whole change set: every draft and the description. */
  @PostMapping("/bo")
  String discard(HttpSession session) {
    WorkingCopy.requireLegal();
    EditorDrafts.of(session).clear();
    ChangeSet.of(session).clear();
    return "redirect:/bo-quy-tac/thay-doi";
  }

  private ChangeSet.Verdict verdict(ChangeSet state, Map<String, String> files, String hash) {
    ChangeSet.Verdict v = state.verdict(hash);
    if (v == null) {
      v = ChangeSet.Verdict.of(hash, manager.check(files));
      state.remember(v);
    }
    return v;
  }

  /** Every registered commune's name by its code: the impact table names each commune, with its code beside. */
  static Map<String, String> communeNames(Communes communes) {
    return communes.all().stream().collect(Collectors.toMap(Commune::code, Commune::name, (a, b) -> a));
  }
}
