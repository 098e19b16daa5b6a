package vn.qcdc.findings;

import java.math.BigDecimal;
import java.util.List;
import vn.qcdc.evaluation.AdjustmentResult;
import vn.qcdc.evaluation.GroupResult;
import vn.qcdc.review.AppraisedResult;

/**
 * The arithmetic from the groups to the total, so that a reader can check it: each group's engine and appraised
 * points, their sums, then every adjustment that applied with its reason (deductions, bonus, a grade cap named), then
 * the totals and grades. Appraised = engine where nothing was appraised.
 */
record ArithmeticView(List<GroupLine> groups, BigDecimal engineSum, BigDecimal appraisedSum,
    List<AdjustmentLine> adjustments, BigDecimal engineTotal, BigDecimal appraisedTotal, String engineGrade,
    String appraisedGrade, String bandGrade, BigDecimal maxTotal) {

  /** One group: its title, its engine and appraised points and its maximum. */
  record GroupLine(String id, String title, BigDecimal engine, BigDecimal appraised, BigDecimal maxPoints) {}

  /** One adjustment that applied: its kind, title, signed points, the grade it caps to and why. */
  record AdjustmentLine(String id, String kind, String title, BigDecimal points, String gradeCap, String reason) {}

  static ArithmeticView of(AppraisedResult r, boolean english) {
    List<GroupResult> engine = r.engine().groups();
    List<GroupLine> groups = new java.util.ArrayList<>();
    for (int i = 0; i < engine.size(); i++) {
      GroupResult g = engine.get(i);
      groups.add(new GroupLine(g.id(), english ? g.title().en() : g.title().vi(), g.points(),
          r.groups().get(i).points(), g.maxPoints()));
    }
    List<AdjustmentLine> adjustments = r.adjustments().stream().filter(AdjustmentResult::fired)
        .map(a -> new AdjustmentLine(a.id(), a.kind().name(), a.title() == null ? a.id()
            : english ? a.title().en() : a.title().vi(), a.points(), a.gradeCap() == null ? null : a.gradeCap().name(),
            a.reason() == null ? "" : english ? a.reason().en() : a.reason().vi()))
        .toList();
    return new ArithmeticView(groups, r.engine().groupSum(), r.groupSum(), adjustments, r.engine().total(),
        r.total(), r.engine().grade().name(), r.grade().name(), r.bandGrade().name(), r.engine().maxTotal());
  }
}
