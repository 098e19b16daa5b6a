package vn.qcdc.official;

import java.math.BigDecimal;
import java.time.Instant;
import vn.qcdc.assessment.StoredEvaluation;
import vn.qcdc.lifecycle.YearState;

/**
 * One evaluation in the API: identities, the three totals and grades (the commune's own, the engine's, the appraised
 * one recomputed from the appraised points), who ran it and when; then the state of its commune-year, whether it is
 * the year's official result, and whether the rule set it was made with is still in force (and since when it was).
 */
record EvaluationSummary(long id, String communeCode, int year, long dossierId, String dossierHash,
    String ruleSetHash, String profile, Score self, Score engine, Score appraised, BigDecimal maxTotal,
    Long supersedesId, String evaluatedBy, Instant evaluatedAt, long durationMs, YearState state, boolean official,
    boolean ruleSetInForce, Instant ruleSetSince) {

  /** A total and its grade; a score that does not exist (no self-assessment, no appraisal) is null. */
  record Score(BigDecimal total, String grade) {}

  static EvaluationSummary of(ResultView v) {
    StoredEvaluation e = v.evaluation();
    Score self = e.selfTotal() == null ? null : new Score(e.selfTotal(), e.selfGrade());
    Score appraised = v.result().appraised() ? new Score(v.result().total(), v.result().grade().name()) : null;
    return new EvaluationSummary(e.id(), e.communeCode(), e.year(), e.dossierId(), e.dossierHash(), e.ruleSetHash(),
        e.profileId(), self, new Score(e.total(), e.grade()), appraised, e.maxTotal(), e.supersedesId(),
        e.evaluatedBy(), e.evaluatedAt(), e.durationMs(), v.state(), v.official(), v.rules().inForce(),
        v.rules().since());
  }
}
