package vn.qcdc.official;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.qcdc.lifecycle.YearAction;
import vn.qcdc.security.CurrentUser;
import vn.qcdc.web.ApiException;

/** The auditor's sign-off and reopening of a year from its findings page; a refusal is said on that page. */
@Controller
class YearStepsPageController {

  private final YearSteps steps;
  private final OfficialResults results;

  YearStepsPageController(YearSteps steps, OfficialResults results) {
    this.steps = steps;
    this.results = results;
  }

  @PostMapping("/xa/{code}/{year:\\d{4}}/cong-nhan")
  String signOff(@PathVariable String code, @PathVariable int year,
      @RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
    CurrentUser.requireRead(code);
    try {
      steps.signOff(code, year, note);
      redirect.addFlashAttribute("stepDone", YearAction.SIGN_OFF.name());
    } catch (ApiException e) {
      redirect.addFlashAttribute("stepError", e.detail(LocaleContextHolder.getLocale()));
    }
    return back(code, year);
  }

  @PostMapping("/xa/{code}/{year:\\d{4}}/mo-lai")
  String reopen(@PathVariable String code, @PathVariable int year,
      @RequestParam(name = "reason", required = false) String reason, RedirectAttributes redirect) {
    CurrentUser.requireRead(code);
    try {
      steps.reopen(code, year, reason);
      redirect.addFlashAttribute("stepDone", YearAction.REOPEN.name());
    } catch (ApiException e) {
      redirect.addFlashAttribute("stepError", e.detail(LocaleContextHolder.getLocale()));
    }
    return back(code, year);
  }

  /** The findings page of the year's official result, or the commune's dashboard of that year. */
  private String back(String code, int year) {
    return results.ofYear(code, year).map(v -> "redirect:/danh-gia/" + v.evaluation().id())
        .orElse("redirect:/xa/" + code + "/" + year);
  }
}
