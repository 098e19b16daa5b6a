package vn.qcdc.pages;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.qcdc.review.Appraised;
import vn.qcdc.review.AppraisalRequest;
import vn.qcdc.review.AppraisalService;
import vn.qcdc.assessment.StoredEvaluation;
import vn.qcdc.web.ApiException;

/** An auditor sets a criterion's points with a reason and sees self, engine and appraised scores side by side. */
@Controller
class AppraisalPageController {

  /** One criterion's three scores; appraised is null until an auditor appraised it. */
  record Row(String criterion, String title, String state, BigDecimal maxPoints, BigDecimal self, BigDecimal engine,
      BigDecimal appraised, String reason) {}

  private final Results results;
  private final AppraisalService appraisals;
  private final MessageSource messages;

  AppraisalPageController(Results results, AppraisalService appraisals, MessageSource messages) {
    this.results = results;
    this.appraisals = appraisals;
    this.messages = messages;
  }

  @GetMapping("/danh-gia/{id}/tham-dinh")
  String page(@PathVariable long id, Model model, java.util.Locale locale) {
    StoredEvaluation e = results.evaluation(id);
    List<Appraised> appraisals = results.appraisals(id);
    model.addAttribute("evaluation", e);
    model.addAttribute("commune", results.commune(e.communeCode()));
    model.addAttribute("rows", rows(results.result(e), appraisals, locale.getLanguage()));
    model.addAttribute("appraisals", appraisals);
    model.addAttribute("latest", appraisals.isEmpty() ? null : appraisals.get(appraisals.size() - 1));
    return "appraisal";
  }

  @PostMapping("/danh-gia/{id}/tham-dinh")
  String appraise(@PathVariable long id, @RequestParam String criterion,
      @RequestParam(required = false) BigDecimal points, @RequestParam(required = false) String reason, Model model,
      RedirectAttributes redirect, java.util.Locale locale) {
    StoredEvaluation e = results.evaluation(id);
    BigDecimal max = maxPoints(results.result(e), criterion);
    String error = null;
    if (reason == null || reason.isBlank()) {
      error = messages.getMessage("appraisal.reasonRequired", null, locale);
    } else if (max == null || points == null || points.signum() < 0 || points.compareTo(max) > 0) {
      error = messages.getMessage("appraisal.pointsRange", new Object[] {max == null ? "?" : max.toPlainString()},
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
    model.addAttribute("points", points);
    model.addAttribute("reason", reason);
    return page(id, model, locale);
  }

  private static BigDecimal maxPoints(JsonNode result, String criterion) {
    for (JsonNode f : result.path("findings")) {
      if (f.path("criterion").asText().equals(criterion)) {
        return f.path("maxPoints").decimalValue();
      }
    }
    return null;
  }

  private static List<Row> rows(JsonNode result, List<Appraised> appraisals, String language) {
    Map<String, BigDecimal> self = new HashMap<>();
    result.path("selfAssessment").forEach(s -> self.put(s.path("criterion").asText(),
        s.path("self").isNull() ? null : s.path("self").decimalValue()));
    Map<String, Appraised> latest = new HashMap<>();
    appraisals.forEach(a -> latest.put(a.criterion(), a));
    List<Row> rows = new ArrayList<>();
    for (JsonNode f : result.path("findings")) {
      String id = f.path("criterion").asText();
      Appraised a = latest.get(id);
      rows.add(new Row(id, Results.title(f, language), f.path("state").asText(),
          f.path("maxPoints").decimalValue(), self.get(id), f.path("points").decimalValue(),
          a == null ? null : a.points(), a == null ? null : a.reason()));
    }
    return rows;
  }
}
