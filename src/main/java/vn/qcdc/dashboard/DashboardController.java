package vn.qcdc.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.qcdc.commune.Communes;
import vn.qcdc.lifecycle.CommuneYear;
import vn.qcdc.official.OfficialResults;
import vn.qcdc.official.ResultView;
import vn.qcdc.security.CurrentUser;

/**
 * The chairman's dashboard of a commune. Without a year it opens on the latest year that has an official result;
 * a newer year without one is shown by its state ("Đang lập hồ sơ", "Đã nộp"), never by a draft's score.
 */
@Controller
class DashboardController {

  private final OfficialResults results;
  private final Communes communes;

  DashboardController(OfficialResults results, Communes communes) {
    this.results = results;
    this.communes = communes;
  }

  @GetMapping("/xa/{code}")
  String latest(@PathVariable String code, Model model, Locale locale) {
    return show(code, null, model, locale);
  }

  @GetMapping("/xa/{code}/{year:\\d{4}}")
  String year(@PathVariable String code, @PathVariable int year, Model model, Locale locale) {
    return show(code, year, model, locale);
  }

  private String show(String code, Integer asked, Model model, Locale locale) {
    CurrentUser.requireRead(code);
    model.addAttribute("commune", communes.get(code));
    // The trend is the commune's own: figures of communes merged into it are in its history page, not its line.
    SortedMap<Integer, ResultView> official = results.perYear(code);
    List<CommuneYear> years = results.years(code);
    Integer shown = asked != null ? asked : official.isEmpty() ? null : official.lastKey();
    model.addAttribute("years", years);
    model.addAttribute("year", shown);
    model.addAttribute("newer", years.stream().filter(y -> shown == null || y.year() > shown)
        .filter(y -> !official.containsKey(y.year())).toList());
    Optional<ResultView> view = shown == null ? Optional.empty() : Optional.ofNullable(official.get(shown));
    model.addAttribute("shownYear", shown == null ? null : years.stream().filter(y -> y.year() == shown).findFirst()
        .orElse(null));
    view.ifPresent(v -> model.addAttribute("dashboard", Dashboard.of(v, official, "en".equals(locale.getLanguage()))));
    return "dashboard";
  }
}
