package vn.qcdc.evaluation;

import java.math.BigDecimal;
import java.util.List;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.dossier.facts.Grade;

/**
 * The result of evaluating one dossier with one rule set. It names both by hash, so it can be reproduced and defended.
 *
 * @param bandGrade the grade of the total before caps and ineligibility
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
    List<DossierProblem> dossierWarnings) {

  public Evaluation {
    groups = List.copyOf(groups);
    findings = List.copyOf(findings);
    adjustments = List.copyOf(adjustments);
    selfScores = List.copyOf(selfScores);
    dossierWarnings = List.copyOf(dossierWarnings);
  }

  public Finding finding(String criterion) {
    return findings.stream().filter(f -> f.criterion().equals(criterion)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No finding for " + criterion));
  }
}
