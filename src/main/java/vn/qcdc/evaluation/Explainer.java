package vn.qcdc.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.qcdc.ruleapi.Check;
import vn.qcdc.rulebase.LegalBases;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.Text;

/** Writes a finding's explanation in plain Vietnamese and English from the checks it was computed from. */
final class Explainer {

  private static final int MAX_LISTED = 8;

  private final RuleSet ruleSet;
  private final int year;

  Explainer(RuleSet ruleSet, int year) {
    this.ruleSet = ruleSet;
    this.year = year;
  }

  Text explain(Finding f) {
    List<String> vi = new ArrayList<>();
    List<String> en = new ArrayList<>();
    vi.add(f.title().vi() + ": " + plain(f.points()) + "/" + plain(f.maxPoints()) + " điểm (" + f.state().label().vi()
        + ").");
    en.add(f.title().en() + ": " + plain(f.points()) + "/" + plain(f.maxPoints()) + " points (" + f.state().label().en()
        + ").");
    for (PartResult p : f.parts()) {
      String prefix = p.id().isEmpty() ? "" : "(" + p.id() + ") ";
      if (p.note() != null) {
        vi.add(prefix + p.note().vi());
        en.add(prefix + p.note().en());
      }
      if (p.state() == State.MISSING_EVIDENCE || p.state() == State.NOT_APPLICABLE) {
        continue;
      }
      List<Check> failed = p.checks().stream().filter(c -> c.counted() && !c.compliant()).toList();
      if (failed.isEmpty()) {
        vi.add(prefix + "Đạt " + p.compliant() + "/" + p.applicable() + " trường hợp kiểm tra.");
        en.add(prefix + p.compliant() + " of " + p.applicable() + " checks met.");
      } else {
        vi.add(prefix + "Đạt " + p.compliant() + "/" + p.applicable() + "; chưa đạt:");
        en.add(prefix + p.compliant() + " of " + p.applicable() + " met; not met:");
        failed.stream().limit(MAX_LISTED).forEach(c -> {
          Text sentence = CheckSentence.of(c, ruleSet);
          vi.add("– " + sentence.vi());
          en.add("– " + sentence.en());
        });
        if (failed.size() > MAX_LISTED) {
          vi.add("– và " + (failed.size() - MAX_LISTED) + " trường hợp khác.");
          en.add("– and " + (failed.size() - MAX_LISTED) + " more.");
        }
      }
    }
    if (f.legalBasis() != null) {
      vi.add("Căn cứ: " + f.legalBasis() + ".");
      en.add("Legal basis: " + new LegalBases(f.legalBases()).citeEn(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
          + ".");
    }
    return Text.of(String.join(" ", vi), String.join(" ", en));
  }

  static String plain(java.math.BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
