package vn.qcdc.dossier.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Immutable fact: SelfAssessment (dossier section {@code selfAssessment}). */
public record SelfAssessment(
    LocalDate assessedDate,
    String assessedBy,
    BigDecimal totalPoints,
    Grade grade,
    List<SelfScore> criteria) {

  public SelfAssessment {
    criteria = Facts.list(criteria);
  }
}
