package vn.qcdc.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/** One evaluation in a listing: identities, the three totals and grades, who ran it and when. */
record EvaluationSummary(long id, String communeCode, int year, long dossierId, String dossierHash,
    String ruleSetHash, String profile, Score self, Score engine, Score appraised, BigDecimal maxTotal,
    Long supersedesId, String evaluatedBy, Instant evaluatedAt, long durationMs) {

  /** A total and its grade; a score that does not exist (no self-assessment, no appraisal) is null. */
  record Score(BigDecimal total, String grade) {}

  static EvaluationSummary of(StoredEvaluation e, java.util.List<Appraised> appraisals) {
    Score self = e.selfTotal() == null ? null : new Score(e.selfTotal(), e.selfGrade());
    Score appraised = appraisals.isEmpty() ? null : new Score(appraisals.get(appraisals.size() - 1).appraisedTotal(),
        appraisals.get(appraisals.size() - 1).appraisedGrade());
    return new EvaluationSummary(e.id(), e.communeCode(), e.year(), e.dossierId(), e.dossierHash(), e.ruleSetHash(),
        e.profileId(), self, new Score(e.total(), e.grade()), appraised, e.maxTotal(), e.supersedesId(),
        e.evaluatedBy(), e.evaluatedAt(), e.durationMs());
  }
}
