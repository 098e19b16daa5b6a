package vn.qcdc.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.qcdc.dossier.EnumLabels;
import vn.qcdc.evaluation.CheckResult;
import vn.qcdc.evaluation.Finding;
import vn.qcdc.evaluation.State;
import vn.qcdc.official.ResultView;
import vn.qcdc.rulebase.GradeBand;
import vn.qcdc.rulebase.Text;
import vn.qcdc.review.Appraised;
import vn.qcdc.review.AppraisedResult;

/**
 * The dashboard of one year's official result: its appraised total against the bands, its groups, the trend of the
 * official results, and every criterion still below its maximum after appraisal with what to put right.
 */
record Dashboard(ResultView view, List<GradeBand> bands, List<Bar> groups, List<Point> trend,
    List<Recoverable> recoverable, BigDecimal recoverableTotal) {

  /** A group's appraised points against its maximum. */
  record Bar(String id, String title, BigDecimal points, BigDecimal maxPoints) {}

  /** A year's official total (appraised). */
  record Point(int year, BigDecimal total, String grade, long evaluationId) {}

  /** A criterion below its maximum after appraisal: the points it would recover, what to do and its legal basis. */
  record Recoverable(String criterion, String title, String state, BigDecimal points, BigDecimal maxPoints,
      BigDecimal gain, List<String> toDo, String explanation, String legalBasis, String appraisal) {}

  static Dashboard of(ResultView view, Map<Integer, ResultView> officialPerYear, boolean english) {
    AppraisedResult r = view.result();
    List<Bar> groups = r.groups().stream().map(g -> new Bar(g.id(), text(g.title(), english), g.points(),
        g.maxPoints())).toList();
    List<Point> trend = officialPerYear.values().stream().map(y -> new Point(y.evaluation().year(),
        y.result().total(), y.result().grade().name(), y.evaluation().id())).toList();
    List<Recoverable> recoverable = new ArrayList<>();
    for (Finding f : r.engine().findings()) {
      BigDecimal points = r.points(f);
      BigDecimal gain = f.maxPoints().subtract(points);
      boolean appraised = r.appraisal(f.criterion()).isPresent();
      if (gain.signum() > 0 && (appraised || f.state() != State.PASS && f.state() != State.NOT_APPLICABLE)) {
        recoverable.add(new Recoverable(f.criterion(), text(f.title(), english), f.state().name(), points,
            f.maxPoints(), gain, f.missedChecks().stream().map(CheckResult::text).map(t -> text(t, english)).toList(),
            text(f.explanation(), english), f.legalBasis(),
            r.appraisal(f.criterion()).map(Appraised::reason).orElse(null)));
      }
    }
    recoverable.sort(Comparator.comparing(Recoverable::gain).reversed().thenComparing(Recoverable::criterion));
    BigDecimal sum = recoverable.stream().map(Recoverable::gain).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Dashboard(view, r.engine().gradeBands(), groups, trend, recoverable, sum);
  }

  private static String text(Text t, boolean english) {
    return t == null ? "" : english ? t.en() : EnumLabels.vi(t.vi());
  }
}
