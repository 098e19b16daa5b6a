package vn.qcdc.review;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.qcdc.dossier.facts.Grade;
import vn.qcdc.evaluation.AdjustmentResult;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Finding;
import vn.qcdc.evaluation.GroupResult;
import vn.qcdc.evaluation.Regrading;
import vn.qcdc.rulebase.GradeBand;

/**
 * An evaluation with its appraisals applied: the engine's typed result, every criterion's latest appraisal, and the
 * groups, adjustments, total and grade recomputed from the appraised points by the profile's rules. Without an
 * appraisal it equals the engine's result.
 *
 * @param appraisals oldest first
 */
public record AppraisedResult(Evaluation engine, List<Appraised> appraisals, Regrading.Regraded regraded) {

  public AppraisedResult {
    appraisals = List.copyOf(appraisals);
  }

  /** The engine's result as it is, with no appraisal (a result outside the lifecycle). */
  public static AppraisedResult unappraised(Evaluation engine) {
    return of(engine, List.of(), engine.gradeBands());
  }

  /** The result with the appraisals (oldest first) applied, regraded with the given bands. */
  public static AppraisedResult of(Evaluation engine, List<Appraised> appraisals, List<GradeBand> bands) {
    Map<String, BigDecimal> points = new HashMap<>();
    appraisals.forEach(a -> points.put(a.criterion(), a.points()));
    return new AppraisedResult(engine, appraisals, Regrading.regrade(engine, points, bands));
  }

  /** The criterion's latest appraisal, if it was appraised. */
  public Optional<Appraised> appraisal(String criterion) {
    return appraisals.stream().filter(a -> a.criterion().equals(criterion)).reduce((a, b) -> b);
  }

  /** The criterion's points after appraisal: the appraiser's if set, else the engine's. */
  public BigDecimal points(Finding f) {
    return appraisal(f.criterion()).map(Appraised::points).orElse(f.points());
  }

  public boolean appraised() {
    return !appraisals.isEmpty();
  }

  public List<GroupResult> groups() {
    return regraded.groups();
  }

  public BigDecimal groupSum() {
    return regraded.groupSum();
  }

  public List<AdjustmentResult> adjustments() {
    return regraded.adjustments();
  }

  public BigDecimal total() {
    return regraded.total();
  }

  public Grade bandGrade() {
    return regraded.bandGrade();
  }

  public Grade grade() {
    return regraded.grade();
  }
}
