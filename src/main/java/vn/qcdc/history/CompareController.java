package vn.qcdc.history;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.qcdc.commune.Communes;
import vn.qcdc.official.Comparison;
import vn.qcdc.official.Comparisons;
import vn.qcdc.official.OfficialResults;
import vn.qcdc.official.ResultView;
import vn.qcdc.security.CurrentUser;
import vn.qcdc.web.ApiException;

/** Two evaluations of one commune compared criterion by criterion; a pair that does not compare is refused on the page. */
@Controller
class CompareController {

  private final OfficialResults results;
  private final Comparisons comparisons;
  private final Communes communes;

  CompareController(OfficialResults results, Comparisons comparisons, Communes communes) {
    this.results = results;
    this.comparisons = comparisons;
    this.communes = communes;
  }

  @GetMapping("/so-sanh")
  String compare(@RequestParam("tu") long from, @RequestParam("den") long to, Model model, Locale locale) {
    ResultView a = readable(from);
    ResultView b = readable(to);
    model.addAttribute("commune", communes.find(b.evaluation().communeCode()).orElseThrow());
    model.addAttribute("fromView", a);
    model.addAttribute("toView", b);
    try {
      Comparison c = comparisons.compare(a, b, locale.getLanguage());
      model.addAttribute("comparison", c);
    } catch (ApiException e) {
      model.addAttribute("refused", e.detail(LocaleContextHolder.getLocale()));
    }
    return "compare";
  }

  private ResultView readable(long id) {
    ResultView v = results.of(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no evaluation " + id));
    CurrentUser.requireRead(v.evaluation().communeCode());
    return v;
  }
}
