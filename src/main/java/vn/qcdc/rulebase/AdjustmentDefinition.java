package vn.qcdc.rulebase;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.qcdc.dossier.facts.Grade;

/**
 * A deduction, bonus, grade cap or ineligibility rule of the profile (D1–D5, B1, E1).
 *
 * @param pointsPerCase points per distinct case key (deductions are written positive)
 * @param pointsByKind points per case of a kind, replacing pointsPerCase where the kind is listed
 * @param maxPoints cap on the adjustment's points, or null for none
 * @param gradeCap the best grade allowed once the adjustment fires, or null
 * @param requires dossier sections without which the adjustment cannot be evaluated
 * @param legalBases the texts the adjustment rests on, each with the days it applies (may be empty)
 */
public record AdjustmentDefinition(
    String id,
    Kind kind,
    Text title,
    BigDecimal pointsPerCase,
    Map<String, BigDecimal> pointsByKind,
    BigDecimal maxPoints,
    Grade gradeCap,
    List<String> requires,
    LegalBases legalBases,
    Source source) {

  /** What firing the adjustment does. */
  public enum Kind { DEDUCTION, BONUS, GRADE_CAP, INELIGIBLE }

  public AdjustmentDefinition {
    pointsByKind = pointsByKind == null ? Map.of() : Map.copyOf(pointsByKind);
    requires = requires == null ? List.of() : List.copyOf(requires);
    legalBases = legalBases == null ? new LegalBases(List.of()) : legalBases;
  }
}
