package vn.qcdc.evaluation;

import java.math.BigDecimal;

/** The commune's self-assessed points for a criterion next to the engine's (dossier §5.28); never used in the score. */
public record SelfScore(String criterion, BigDecimal selfPoints, BigDecimal enginePoints) {

  public BigDecimal difference() {
    return enginePoints.subtract(selfPoints);
  }
}
