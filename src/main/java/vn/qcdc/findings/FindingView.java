package vn.qcdc.findings;

import java.math.BigDecimal;
import java.util.List;
import vn.qcdc.dossier.EnumLabels;
import vn.qcdc.evaluation.CheckResult;
import vn.qcdc.evaluation.Finding;
import vn.qcdc.evaluation.PartResult;
import vn.qcdc.review.Appraised;
import vn.qcdc.review.AppraisedResult;

/** One criterion's finding as the findings page opens it: explanation, records used, checks, warnings, basis. */
record FindingView(String criterion, String group, String title, String state, BigDecimal points,
    BigDecimal maxPoints, BigDecimal appraisedPoints, String appraisalReason, String explanation, List<String> facts,
    List<CheckView> checks, List<String> warnings, String legalBasis) {

  /** One check: the part it belongs to, the records, its dates, whether it was met and its sentence. */
  record CheckView(String part, String records, String trigger, String due, String action, boolean compliant,
      String text) {}

  static FindingView of(Finding f, AppraisedResult r, boolean english) {
    Appraised a = r.appraisal(f.criterion()).orElse(null);
    List<CheckView> checks = f.parts().stream().flatMap(p -> p.checks().stream().map(c -> check(p, c, english)))
        .toList();
    return new FindingView(f.criterion(), f.group(), english ? f.title().en() : f.title().vi(), f.state().name(),
        f.points(), f.maxPoints(), a == null ? null : a.points(), a == null ? null : a.reason(),
        english ? f.explanation().en() : EnumLabels.vi(f.explanation().vi()), f.facts(), checks, f.warnings(), f.legalBasis());
  }

  private static CheckView check(PartResult p, CheckResult c, boolean english) {
    return new CheckView(p.id(), String.join(", ", c.records()), date(c.trigger()), date(c.due()), date(c.action()),
        c.compliant(), english ? c.text().en() : EnumLabels.vi(c.text().vi()));
  }

  private static String date(java.time.LocalDate d) {
    return d == null ? "" : d.toString();
  }
}
