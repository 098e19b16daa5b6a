package vn.qcdc.evaluation;

import java.util.List;
import java.util.Objects;
import vn.qcdc.dossier.facts.Dossier;

/** Pairs the commune's self-assessment with the engine's points, criterion by criterion. */
final class SelfScores {

  private SelfScores() {}

  static List<SelfScore> of(Dossier dossier, List<Finding> findings) {
    if (dossier.selfAssessment() == null) {
      return List.of();
    }
    return dossier.selfAssessment().criteria().stream()
        .map(s -> findings.stream().filter(f -> f.criterion().equals(s.criterionId())).findFirst()
            .map(f -> SelfScore.of(s.criterionId(), s.points(), f.points())).orElse(null))
        .filter(Objects::nonNull)
        .toList();
  }
}
