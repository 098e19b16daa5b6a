package vn.qcdc.evaluation;

import java.math.BigDecimal;
import java.util.List;
import vn.qcdc.ruleapi.Check;
import vn.qcdc.rulebase.Text;

/**
 * A scored part: its state, exact points, and the checks it was computed from (counted and, for reference, those
 * that belong to another year).
 */
public record PartResult(
    String id,
    State state,
    Ratio points,
    BigDecimal maxPoints,
    long applicable,
    long compliant,
    List<Check> checks,
    Text note) {

  public PartResult {
    checks = List.copyOf(checks);
  }
}
