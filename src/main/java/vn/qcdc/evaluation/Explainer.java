package vn.qcdc.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.qcdc.ruleapi.Check;
import vn.qcdc.rulebase.DatedConstant;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.Text;

/** Writes a finding's explanation in plain Vietnamese and English from the checks it was computed from. */
final class Explainer {

  private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final int MAX_LISTED = 8;

  private final RuleSet ruleSet;

  Explainer(RuleSet ruleSet) {
    this.ruleSet = ruleSet;
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
          vi.add("– " + sentence(c, true));
          en.add("– " + sentence(c, false));
        });
        if (failed.size() > MAX_LISTED) {
          vi.add("– và " + (failed.size() - MAX_LISTED) + " trường hợp khác.");
          en.add("– and " + (failed.size() - MAX_LISTED) + " more.");
        }
      }
    }
    if (f.legalBasis() != null) {
      vi.add("Căn cứ: " + f.legalBasis() + ".");
      en.add("Legal basis: " + f.legalBasis() + ".");
    }
    return Text.of(String.join(" ", vi), String.join(" ", en));
  }

  /** One check in one sentence, e.g. "K-02: thụ lý khiếu nại hạn 15/05/2025, thực hiện 19/05/2025, trễ 4 ngày". */
  String sentence(Check c, boolean vi) {
    String who = c.records().isEmpty() ? "" : String.join(", ", c.records()) + ": ";
    String duty = vi ? c.duty().vi() : c.duty().en();
    String detail = c.detail() == null ? "" : " (" + (vi ? c.detail().vi() : c.detail().en()) + ")";
    String body = switch (c.kind()) {
      case DEADLINE -> duty + (vi ? " hạn " : ", due ") + date(c.due(), vi) + late(c, vi);
      case NOTICE -> duty + (vi ? " chậm nhất " : " due by ") + date(c.due(), vi)
          + (c.action() == null ? (vi ? ", không có" : ", none") : (vi ? ", thực hiện " : ", given ") + date(c.action(), vi));
      case DURATION -> duty + (vi ? " từ " : " from ") + date(c.trigger(), vi) + (vi ? " đến " : " to ")
          + (c.action() == null ? (vi ? "nay" : "now") : date(c.action(), vi))
          + (vi ? ", cần đến ít nhất " : ", needed until at least ") + date(c.due(), vi);
      case CONDITION, EXPECTED -> duty + (vi ? ": không đạt" : ": not met");
      case COUNT -> duty + ": " + c.compliantCount() + "/" + c.applicableCount();
    };
    return who + body + detail + ".";
  }

  private String late(Check c, boolean vi) {
    if (c.action() == null) {
      return vi ? ", chưa thực hiện" : ", not done";
    }
    String done = (vi ? ", thực hiện " : ", done ") + date(c.action(), vi);
    if (!c.action().isAfter(c.due())) {
      return done;
    }
    boolean working = !c.constants().isEmpty() && c.trigger() != null && ruleSet.parameters()
        .get(c.constants().get(0)).valueOn(c.trigger()).unit() == DatedConstant.Unit.WORKING_DAYS;
    long days = working ? ruleSet.calendar().workingDaysBetween(c.due(), c.action())
        : ChronoUnit.DAYS.between(c.due(), c.action());
    return done + (vi ? ", trễ " + days + (working ? " ngày làm việc" : " ngày")
        : ", " + days + (working ? " working" : "") + " day(s) late");
  }

  private static String date(LocalDate d, boolean vi) {
    return d == null ? "—" : vi ? VI.format(d) : d.toString();
  }

  static String plain(java.math.BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
