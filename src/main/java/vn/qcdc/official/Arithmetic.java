package vn.qcdc.official;

import java.math.BigDecimal;
import java.util.List;
import vn.qcdc.evaluation.AdjustmentResult;
import vn.qcdc.review.AppraisedResult;

/**
 * How the appraised total is reached, line by line: each group's appraised points, their sum, each adjustment as
 * applied (deductions negative, bonus positive, caps and ineligibility named), the total and the grade.
 */
record Arithmetic(List<Line> groups, BigDecimal groupSum, List<Adjustment> adjustments, BigDecimal total,
    String bandGrade, String grade) {

  /** A group's appraised points against its maximum. */
  record Line(String id, String title, BigDecimal points, BigDecimal maxPoints) {}

  /** An adjustment that fired, with its effect and reason. */
  record Adjustment(String id, String kind, BigDecimal points, String gradeCap, String reason) {}

  static Arithmetic of(AppraisedResult r) {
    return new Arithmetic(
        r.groups().stream().map(g -> new Line(g.id(), g.title().vi(), g.points(), g.maxPoints())).toList(),
        r.groupSum(),
        r.adjustments().stream().filter(AdjustmentResult::fired).map(a -> new Adjustment(a.id(), a.kind().name(),
            a.points(), a.gradeCap() == null ? null : a.gradeCap().name(), a.reason() == null ? null
            : a.reason().vi())).toList(),
        r.total(), r.bandGrade().name(), r.grade().name());
  }
}
