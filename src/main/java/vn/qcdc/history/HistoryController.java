package vn.qcdc.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.qcdc.commune.Commune;
import vn.qcdc.commune.Communes;
import vn.qcdc.lifecycle.CommuneYear;
import vn.qcdc.official.Comparisons;
import vn.qcdc.official.OfficialResults;
import vn.qcdc.official.ResultView;
import vn.qcdc.security.CurrentUser;

/**
 * A commune's years (its own and those of the communes merged into it), each with its state and official result,
 * then every evaluation, the default pair to compare already chosen.
 */
@Controller
class HistoryController {

  /** One year of one commune of the lineage: its state and official result (null while it has none). */
  record YearRow(String communeCode, CommuneYear year, ResultView official) {}

  private final OfficialResults results;
  private final Comparisons comparisons;
  private final Communes communes;

  HistoryController(OfficialResults results, Comparisons comparisons, Communes communes) {
    this.results = results;
    this.comparisons = comparisons;
    this.communes = communes;
  }

  @GetMapping("/xa/{code}/lich-su")
  String history(@PathVariable String code, Model model) {
    CurrentUser.requireRead(code);
    Commune commune = communes.get(code);
    List<YearRow> years = new ArrayList<>();
    for (String member : communes.lineage(code)) {
      for (CommuneYear y : results.years(member)) {
        years.add(new YearRow(member, y, results.ofYear(member, y.year()).orElse(null)));
      }
    }
    years.sort(Comparator.comparingInt((YearRow r) -> r.year().year()).thenComparing(YearRow::communeCode));
    Optional<List<ResultView>> pair = comparisons.byDefault(code);
    model.addAttribute("commune", commune);
    model.addAttribute("years", years);
    model.addAttribute("entries", results.history(communes.lineage(code)));
    model.addAttribute("from", pair.map(p -> p.get(0).evaluation().id()).orElse(null));
    model.addAttribute("to", pair.map(p -> p.get(1).evaluation().id()).orElse(null));
    return "history";
  }
}
