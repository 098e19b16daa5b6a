package vn.qcdc.official;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.qcdc.evaluation.Finding;
import vn.qcdc.evaluation.SelfScore;
import vn.qcdc.review.Appraised;
import vn.qcdc.review.AppraisedResult;

/** A criterion's three scores side by side: the commune's own, the engine's and the auditor's latest appraisal. */
record CriterionScores(String criterion, String group, String title, String state, BigDecimal maxPoints,
    BigDecimal selfPoints, BigDecimal enginePoints, BigDecimal appraisedPoints, String appraisalReason,
    String appraisedBy, Instant appraisedAt) {

  static List<CriterionScores> of(AppraisedResult r) {
    return r.engine().findings().stream().map(f -> of(f, r)).toList();
  }

  private static CriterionScores of(Finding f, AppraisedResult r) {
    BigDecimal self = r.engine().selfScores().stream().filter(s -> s.criterion().equals(f.criterion()))
        .map(SelfScore::selfPoints).findFirst().orElse(null);
    Appraised a = r.appraisal(f.criterion()).orElse(null);
    return new CriterionScores(f.criterion(), f.group(), f.title().vi(), f.state().name(), f.maxPoints(), self,
        f.points(), a == null ? null : a.points(), a == null ? null : a.reason(), a == null ? null : a.appraisedBy(),
        a == null ? null : a.appraisedAt());
  }
}
