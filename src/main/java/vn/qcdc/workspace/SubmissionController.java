package vn.qcdc.workspace;

import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.qcdc.assessment.EvaluationService;
import vn.qcdc.i18n.Message;
import vn.qcdc.lifecycle.Lifecycle;
import vn.qcdc.web.ApiException;

/**
 * The two steps of the year that the dossier page takes: the officer submits the version on screen (it is frozen;
 * later edits make a new draft), and an auditor evaluates the submitted version officially.
 */
@Controller
class SubmissionController {

  private final DossierWorkspace workspace;
  private final Lifecycle lifecycle;
  private final EvaluationService evaluations;

  SubmissionController(DossierWorkspace workspace, Lifecycle lifecycle, EvaluationService evaluations) {
    this.workspace = workspace;
    this.lifecycle = lifecycle;
    this.evaluations = evaluations;
  }

  /** Submits the newest version, if it is still the one the officer saw ({@code base}). */
  @PostMapping("/xa/{code}/ho-so/{year:\\d{4}}/nop")
  String submit(@PathVariable String code, @PathVariable int year, @RequestParam("base") long base,
      RedirectAttributes redirect) {
    DossierWorkspace.Current current = workspace.current(code, year)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no dossier of " + code + " for " + year));
    if (current.stored().id() != base) {
      redirect.addFlashAttribute("error", Message.of("flash.submission.newer", current.stored().version())
          .in(LocaleContextHolder.getLocale()));
      return page(code, year);
    }
    try {
      // the year's history keeps its notes in Vietnamese, as stored data
      lifecycle.submit(code, year, base, Message.of("flash.submission.note", current.stored().version()).toString());
      redirect.addFlashAttribute("submitted", current.stored().version());
    } catch (ApiException e) {
      redirect.addFlashAttribute("error", e.detail(LocaleContextHolder.getLocale()));
    }
    return page(code, year);
  }

  /** Evaluates the submitted version with the rule set in force: the year's official evaluation. */
  @PostMapping("/xa/{code}/ho-so/{year:\\d{4}}/cham-diem")
  String evaluate(@PathVariable String code, @PathVariable int year, RedirectAttributes redirect) {
    workspace.current(code, year)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no dossier of " + code + " for " + year));
    Optional<Long> submitted = lifecycle.year(code, year).submittedDossierId();
    if (submitted.isEmpty()) {
      redirect.addFlashAttribute("error", Message.of("flash.submission.none").in(LocaleContextHolder.getLocale()));
      return page(code, year);
    }
    try {
      return "redirect:/danh-gia/" + evaluations.evaluate(submitted.get()).id();
    } catch (ApiException e) {
      Object existing = e.toProblem().getProperties() == null ? null
          : e.toProblem().getProperties().get("existingEvaluationId");
      if (existing != null) {
        // The submitted version was already evaluated with the rule set in force: show that evaluation.
        return "redirect:/danh-gia/" + existing;
      }
      redirect.addFlashAttribute("error", e.detail(LocaleContextHolder.getLocale()));
      return page(code, year);
    }
  }

  private static String page(String code, int year) {
    return "redirect:/xa/" + code + "/ho-so/" + year;
  }
}
