package vn.qcdc.evaluation;

import java.math.BigDecimal;
import vn.qcdc.rulebase.Text;

/** A group subtotal: the sum of its rounded criterion points. */
public record GroupResult(String id, Text title, BigDecimal points, BigDecimal maxPoints) {

  public GroupResult {
    points = Points.of(points);
    maxPoints = Points.of(maxPoints);
  }
}
