package vn.qcdc.evaluation;

import java.math.BigDecimal;
import java.util.List;
import vn.qcdc.rulebase.LegalBasis;
import vn.qcdc.rulebase.Text;

/**
 * The result of one catalogue criterion, with everything needed to defend it: parts, facts, basis, explanation.
 *
 * @param legalBasis the texts of {@code legalBases} joined, each with the dates it starts or stops inside the period
 * @param legalBases the criterion's legal bases in force on at least one day of the evaluated period
 */
public record Finding(
    String criterion,
    String group,
    Text title,
    State state,
    BigDecimal points,
    BigDecimal maxPoints,
    List<PartResult> parts,
    List<String> facts,
    List<String> warnings,
    String legalBasis,
    Text explanation,
    List<LegalBasis> legalBases) {

  public Finding {
    points = Points.of(points);
    maxPoints = Points.of(maxPoints);
    parts = List.copyOf(parts);
    facts = List.copyOf(facts);
    warnings = List.copyOf(warnings);
    legalBases = List.copyOf(legalBases);
  }

  /** The points the commune could still gain on this criterion. */
  public BigDecimal recoverable() {
    return maxPoints.subtract(points);
  }

  /** The checks of the year that were not met, part by part: what the commune has to put right. */
  public List<CheckResult> missedChecks() {
    return parts.stream().flatMap(p -> p.checks().stream()).filter(CheckResult::missed).toList();
  }
}
