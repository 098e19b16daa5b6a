package vn.qcdc.evaluation;

import java.math.BigDecimal;
import java.util.List;
import vn.qcdc.rulebase.Text;

/**
 * A scored part: its state, its points (the exact fraction rounded half-up once, for the result), the checks it was
 * computed from (counted and, for reference, those that belong to another year) and the engine's note, if any (the
 * section that is missing, why nothing arose, why a veto took the points).
 */
public record PartResult(
    String id,
    State state,
    BigDecimal points,
    BigDecimal maxPoints,
    long applicable,
    long compliant,
    List<CheckResult> checks,
    Text note) {

  public PartResult {
    points = Points.of(points);
    maxPoints = Points.of(maxPoints);
    checks = List.copyOf(checks);
  }
}
