package vn.qcdc.rulebase;

import java.math.BigDecimal;
import java.util.List;

/** The scoring profile: identity, groups, grade bands and adjustments. */
public record Profile(
    String id,
    String version,
    Text title,
    BigDecimal maxTotal,
    List<Group> groups,
    List<GradeBand> gradeBands,
    List<AdjustmentDefinition> adjustments) {

  public Profile {
    groups = List.copyOf(groups);
    gradeBands = List.copyOf(gradeBands);
    adjustments = List.copyOf(adjustments);
  }
}
