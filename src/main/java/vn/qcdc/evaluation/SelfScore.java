package vn.qcdc.evaluation;

import java.math.BigDecimal;

/**
 * The commune's self-assessed points for a criterion next to the engine's (dossier §5.28); never used in the score.
 * The difference is taken before rounding, as the result has always reported it.
 */
public record SelfScore(String criterion, BigDecimal selfPoints, BigDecimal enginePoints, BigDecimal difference) {

  public SelfScore {
    selfPoints = Points.of(selfPoints);
    enginePoints = Points.of(enginePoints);
    difference = Points.of(difference);
  }

  static SelfScore of(String criterion, BigDecimal self, BigDecimal engine) {
    return new SelfScore(criterion, self, engine, engine.subtract(self));
  }
}
