package vn.qcdc.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.qcdc.dossier.facts.Grade;
import vn.qcdc.rulebase.GradeBand;

/**
 * Grades a result again with some criterion points set by an appraiser: the group sums use those points, and the
 * result's own adjustments (which depend on the dossier's facts, not on criterion points) with the profile's bands and
 * caps give the total and grade, by the same arithmetic as the engine ({@link Grading}). Nothing is run again.
 */
public final class Regrading {

  /** The appraised result: group subtotals, the adjustments as applied, total, band grade and grade. */
  public record Regraded(List<GroupResult> groups, List<AdjustmentResult> adjustments, BigDecimal total,
      Grade bandGrade, Grade grade) {

    /** The sum of the appraised group subtotals, before the adjustments. */
    public BigDecimal groupSum() {
      return groups.stream().map(GroupResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  private Regrading() {}

  /**
   * Regrades {@code result} with the appraised points of some criteria.
   *
   * @param appraised the appraiser's points by criterion; the others keep the engine's
   * @param bands the profile's grade bands: the result's own, or for a result stored before they were kept, those of
   *     the rule set it was made with
   * @throws IllegalArgumentException if a criterion is not one of the result's
   */
  public static Regraded regrade(Evaluation result, Map<String, BigDecimal> appraised, List<GradeBand> bands) {
    appraised.keySet().forEach(result::finding);
    List<GroupResult> groups = result.groups().stream().map(g -> new GroupResult(g.id(), g.title(),
        result.findings().stream().filter(f -> f.group().equals(g.id()))
            .map(f -> appraised.getOrDefault(f.criterion(), f.points())).reduce(BigDecimal.ZERO, BigDecimal::add),
        g.maxPoints())).toList();
    BigDecimal sum = groups.stream().map(GroupResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    Grading.Graded graded = Grading.grade(sum, result.adjustments(), bands, result.maxTotal());
    return new Regraded(groups, result.adjustments(), graded.total(), graded.bandGrade(), graded.grade());
  }
}
