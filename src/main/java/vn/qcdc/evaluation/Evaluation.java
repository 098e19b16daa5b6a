package vn.qcdc.evaluation;

import java.math.BigDecimal;
import java.util.List;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.dossier.facts.Grade;
import vn.qcdc.rulebase.GradeBand;

/**
 * The result of evaluating one dossier with one rule set. It names both by hash, so it can be reproduced and defended,
 * and it holds everything a report or an appraisal needs without the rule set: the group subtotals, every finding with
 * its parts and worded checks, the adjustments as applied and the profile's grade bands. {@link EvaluationJson} writes
 * it (the command line's contract, also the stored form) and reads it back equal.
 *
 * @param bandGrade the grade of the total before caps and ineligibility
 * @param gradeBands the profile's bands, best first (empty in results stored before they were kept)
 */
public record Evaluation(
    String communeCode,
    String communeName,
    int year,
    String ruleSetHash,
    String profileId,
    String dossierHash,
    List<GroupResult> groups,
    List<Finding> findings,
    List<AdjustmentResult> adjustments,
    BigDecimal total,
    BigDecimal maxTotal,
    Grade bandGrade,
    Grade grade,
    List<SelfScore> selfScores,
    List<DossierProblem> dossierWarnings,
    List<GradeBand> gradeBands) {

  public Evaluation {
    groups = List.copyOf(groups);
    findings = List.copyOf(findings);
    adjustments = List.copyOf(adjustments);
    total = Points.of(total);
    maxTotal = Points.of(maxTotal);
    selfScores = List.copyOf(selfScores);
    dossierWarnings = List.copyOf(dossierWarnings);
    gradeBands = gradeBands.stream().map(b -> new GradeBand(b.grade(), Points.of(b.atLeast()))).toList();
  }

  public Finding finding(String criterion) {
    return findings.stream().filter(f -> f.criterion().equals(criterion)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No finding for " + criterion));
  }

  /** The sum of the group subtotals, before the adjustments. */
  public BigDecimal groupSum() {
    return groups.stream().map(GroupResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
