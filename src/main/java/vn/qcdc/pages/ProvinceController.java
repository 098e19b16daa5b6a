package vn.qcdc.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.qcdc.assessment.StoredEvaluation;
import vn.qcdc.dossier.facts.Grade;

/** Every commune of the province for a year: total, grade and rank, and how the grades are spread. */
@Controller
class ProvinceController {

  /** A commune's place in the year's ranking (communes with equal totals share a rank). */
  record Ranked(int rank, String code, String name, BigDecimal total, String grade, long evaluationId) {}

  private final Results results;
  private final MessageSource messages;

  ProvinceController(Results results, MessageSource messages) {
    this.results = results;
    this.messages = messages;
  }

  @GetMapping("/tinh")
  String province(@RequestParam(name = "nam", required = false) Integer year,
      @RequestParam(name = "xep-loai", required = false) String grade, Model model, Locale locale) {
    List<StoredEvaluation> all = results.all(null);
    TreeSet<Integer> years = new TreeSet<>(all.stream().map(StoredEvaluation::year).toList());
    int shown = year != null ? year : years.isEmpty() ? java.time.Year.now().getValue() : years.last();
    Map<String, String> names = new LinkedHashMap<>();
    results.communes().forEach(c -> names.put(c.code(), c.name()));
    List<StoredEvaluation> ofYear = new ArrayList<>(all.stream().filter(e -> e.year() == shown).toList());
    ofYear.sort(Comparator.comparing(StoredEvaluation::total).reversed().thenComparing(StoredEvaluation::communeCode));
    List<Ranked> ranking = new ArrayList<>();
    for (int i = 0; i < ofYear.size(); i++) {
      StoredEvaluation e = ofYear.get(i);
      int rank = i > 0 && ofYear.get(i - 1).total().compareTo(e.total()) == 0 ? ranking.get(i - 1).rank() : i + 1;
      ranking.add(new Ranked(rank, e.communeCode(), names.getOrDefault(e.communeCode(), e.communeCode()), e.total(),
          e.grade(), e.id()));
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
    return "province";
  }
}
