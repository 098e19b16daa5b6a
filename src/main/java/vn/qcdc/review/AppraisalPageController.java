package vn.qcdc.review;

import java.math.BigDecimal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.qcdc.assessment.StoredEvaluation;
import vn.qcdc.commune.Communes;
import vn.qcdc.evaluation.Finding;
import vn.qcdc.evaluation.SelfScore;
import vn.qcdc.lifecycle.CommuneYear;
import vn.qcdc.lifecycle.Lifecycle;
import vn.qcdc.security.CurrentUser;
import vn.qcdc.web.ApiException;
import vn.qcdc.web.PageFormats;

/**
 * An auditor sets a criterion's points of the year's official evaluation with a reason, and sees self, engine and
 * appraised scores side by side with the total recomputed from the appraised points.
 */
@Controller
class AppraisalPageController {

  /** One criterion's three scores; appraised is null until an auditor appraised it. */
  record Row(String criterion, String title, String state, BigDecimal maxPoints, BigDecimal self, BigDecimal engine,
      BigDecimal appraised, String reason) {}

  private final AppraisalService appraisals;
  private final Communes communes;
  private final Lifecycle lifecycle;
  private final MessageSource messages;

  AppraisalPageController(AppraisalService appraisals, Communes communes, Lifecycle lifecycle,
      MessageSource messages) {
    this.appraisals = appraisals;
    this.communes = communes;
    this.lifecycle = lifecycle;
    this.messages = messages;
  }

  @GetMapping("/danh-gia/{id}/tham-dinh")
  String page(@PathVariable long id, Model model, Locale locale) {
    StoredEvaluation e = evaluation(id);
    AppraisedResult result = appraisals.appraised(e);
    CommuneYear year = lifecycle.year(e.communeCode(), e.year());
    boolean english = "en".equals(locale.getLanguage());
    model.addAttribute("evaluation", e);
    model.addAttribute("commune", communes.get(e.communeCode()));
    model.addAttribute("result", result);
    model.addAttribute("yearState", year.state());
    model.addAttribute("official", year.officialEvaluationId().filter(o -> o == id).isPresent());
    model.addAttribute("rows", result.engine().findings().stream().map(f -> row(f, result, english)).toList());
    model.addAttribute("appraisals", result.appraisals());
    return "appraisal";
  }

  @PostMapping("/danh-gia/{id}/tham-dinh")
  String appraise(@PathVariable long id, @RequestParam String criterion,
      @RequestParam(name = "points", required = false) String typed, @RequestParam(required = false) String reason,
      Model model, RedirectAttributes redirect, Locale locale) {
    BigDecimal points = null;
    String unreadable = null;
    if (typed != null && !typed.isBlank()) {
      try {
        points = PageFormats.parseNumber(typed);
      } catch (java.text.ParseException e) {
        unreadable = messages.getMessage("num.invalid", new Object[] {typed.strip()}, locale);
      }
    }
    StoredEvaluation e = evaluation(id);
    BigDecimal max = appraisals.appraised(e).engine().findings().stream().filter(f -> f.criterion().equals(criterion))
        .map(Finding::maxPoints).findFirst().orElse(null);
    String error = unreadable;
    if (error == null && (reason == null || reason.isBlank())) {
      error = messages.getMessage("appraisal.reasonRequired", null, locale);
    } else if (error == null && (max == null || points == null || points.signum() < 0 || points.compareTo(max) > 0)) {
      error = messages.getMessage("appraisal.pointsRange", new Object[] {max == null ? "?" : max},
          locale);
    }
    if (error == null) {
      try {
        Appraised a = appraisals.appraise(id, new AppraisalRequest(criterion, points, reason));
        redirect.addFlashAttribute("saved", a);
        return "redirect:/danh-gia/" + id + "/tham-dinh";
      } catch (ApiException ex) {
        error = ex.getMessage();
      }
    }
    model.addAttribute("error", error);
    model.addAttribute("criterion", criterion);
    model.addAttribute("points", typed);
    model.addAttribute("reason", reason);
    return page(id, model, locale);
  }

  private StoredEvaluation evaluation(long id) {
    StoredEvaluation e = appraisals.evaluation(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no evaluation " + id));
    CurrentUser.requireRead(e.communeCode());
    return e;
  }

  private static Row row(Finding f, AppraisedResult r, boolean english) {
    BigDecimal self = r.engine().selfScores().stream().filter(s -> s.criterion().equals(f.criterion()))
        .map(SelfScore::selfPoints).findFirst().orElse(null);
    Appraised a = r.appraisal(f.criterion()).orElse(null);
    return new Row(f.criterion(), english ? f.title().en() : f.title().vi(), f.state().name(), f.maxPoints(), self,
        f.points(), a == null ? null : a.points(), a == null ? null : a.reason());
  }

}
