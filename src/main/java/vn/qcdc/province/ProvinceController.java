package vn.qcdc.province;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.qcdc.commune.Commune;
import vn.qcdc.commune.Communes;
import vn.qcdc.dossier.facts.Grade;
import vn.qcdc.lifecycle.CommuneYear;
import vn.qcdc.official.OfficialResults;
import vn.qcdc.official.ResultView;

/** Every commune of the province for a year: the official results ranked, the others by their state. */
@Controller
class ProvinceController {

  /** A commune's place in the year's ranking (communes with equal totals share a rank). */
  record Ranked(int rank, String code, String name, ResultView view) {

    public BigDecimal total() {
      return view.result().total();
    }

    public String grade() {
      return view.result().grade().name();
    }
  }

  /** A commune of the year without an official result: its state (null: no dossier for the year at all). */
  record Waiting(String code, String name, String state) {}

  private final OfficialResults results;
  private final Communes communes;
  private final MessageSource messages;

  ProvinceController(OfficialResults results, Communes communes, MessageSource messages) {
    this.results = results;
    this.communes = communes;
    this.messages = messages;
  }

  @GetMapping("/tinh")
  String province(@RequestParam(name = "nam", required = false) Integer year,
      @RequestParam(name = "xep-loai", required = false) String grade, Model model, Locale locale) {
    List<Integer> years = results.yearsWithDossiers();
    int shown = year != null ? year : years.isEmpty() ? Year.now().getValue() : years.get(years.size() - 1);
    Map<String, CommuneYear> states = results.yearOfEveryCommune(shown);
    List<ResultView> official = new ArrayList<>();
    List<Waiting> waiting = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Commune c : communes.all()) {
      names.put(c.code(), c.name());
      CommuneYear y = states.get(c.code());
      results.ofYear(c.code(), shown).ifPresentOrElse(official::add,
          () -> waiting.add(new Waiting(c.code(), c.name(), y == null ? null : y.state().name())));
    }
    official.sort(Comparator.comparing((ResultView v) -> v.result().total()).reversed()
        .thenComparing(v -> v.evaluation().communeCode()));
    List<Ranked> ranking = new ArrayList<>();
    for (int i = 0; i < official.size(); i++) {
      ResultView v = official.get(i);
      boolean tie = i > 0 && official.get(i - 1).result().total().compareTo(v.result().total()) == 0;
      ranking.add(new Ranked(tie ? ranking.get(i - 1).rank() : i + 1, v.evaluation().communeCode(),
          names.get(v.evaluation().communeCode()), v));
    }
    Map<String, Long> distribution = new LinkedHashMap<>();
    for (Grade g : Grade.values()) {
      distribution.put(g.name(), ranking.stream().filter(r -> r.grade().equals(g.name())).count());
    }
    model.addAttribute("years", years);
    model.addAttribute("year", shown);
    model.addAttribute("grade", grade);
    model.addAttribute("grades", Grade.values());
    model.addAttribute("distribution", distribution);
    model.addAttribute("gradeLabels", distribution.keySet().stream()
        .map(g -> messages.getMessage("grade." + g, null, locale)).toList());
    model.addAttribute("ranking", grade == null || grade.isBlank() ? ranking
        : ranking.stream().filter(r -> r.grade().equals(grade)).toList());
    model.addAttribute("waiting", waiting.stream().filter(w -> w.state() != null).toList());
    model.addAttribute("withoutDossier", waiting.stream().filter(w -> w.state() == null).toList());
    return "province";
  }
}
