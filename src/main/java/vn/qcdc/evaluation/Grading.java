package vn.qcdc.evaluation;

import java.math.BigDecimal;
import java.util.List;
import vn.qcdc.dossier.facts.Grade;
import vn.qcdc.rulebase.AdjustmentDefinition;
import vn.qcdc.rulebase.GradeBand;

/**
 * The arithmetic of profile §15 in one place: the group sum plus the adjustments as applied, clamped to [0, max],
 * graded by the bands, then capped and made ineligible by the adjustments that fired. The engine grades with it and
 * so does the appraisal, from the appraised points.
 */
final class Grading {

  /** A total with its band grade and its final grade. */
  record Graded(BigDecimal total, Grade bandGrade, Grade grade) {}

  private Grading() {}

  static Graded grade(BigDecimal groupSum, List<AdjustmentResult> adjustments, List<GradeBand> bands,
      BigDecimal maxTotal) {
    BigDecimal total = adjustments.stream().map(AdjustmentResult::points).reduce(groupSum, BigDecimal::add)
        .max(BigDecimal.ZERO).min(maxTotal);
    Grade band = bands.stream().filter(b -> total.compareTo(b.atLeast()) >= 0).findFirst()
        .map(GradeBand::grade).orElse(Grade.YEU);
    List<Grade> order = bands.stream().map(GradeBand::grade).toList();
    Grade grade = band;
    for (AdjustmentResult r : adjustments) {
      if (r.fired() && r.gradeCap() != null && order.indexOf(grade) < order.indexOf(r.gradeCap())) {
        grade = r.gradeCap();
      }
    }
    if (adjustments.stream().anyMatch(r -> r.fired() && r.kind() == AdjustmentDefinition.Kind.INELIGIBLE)) {
      grade = Grade.KHONG_XEP_LOAI;
    }
    return new Graded(Points.of(total), band, grade);
  }
}
