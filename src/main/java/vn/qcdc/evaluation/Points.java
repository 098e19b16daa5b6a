package vn.qcdc.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points as every result carries them: two decimals, rounded half-up (profile §3.4), so a result reads back equal. */
final class Points {

  private Points() {}

  static BigDecimal of(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
  }
}
