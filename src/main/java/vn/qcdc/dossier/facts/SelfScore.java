package vn.qcdc.dossier.facts;

import java.math.BigDecimal;

/** Immutable fact: SelfScore (part of the dossier). */
public record SelfScore(
    String criterionId,
    BigDecimal points,
    String note) {
}
