package vn.qcdc.evaluation;

import java.math.BigDecimal;
import java.util.List;
import vn.qcdc.dossier.facts.Grade;
import vn.qcdc.rulebase.AdjustmentDefinition;
import vn.qcdc.rulebase.LegalBasis;
import vn.qcdc.rulebase.Text;

/**
 * An adjustment as applied: points are signed (deductions negative); {@code gradeCap} is set when it caps the grade.
 * Title and legal basis are the profile's at the time of the evaluation (null in results stored before they were kept).
 *
 * @param legalBasis the texts of {@code legalBases} joined, each with the dates it starts or stops inside the period
 *     (null if the profile gives none)
 * @param legalBases the adjustment's legal bases in force on at least one day of the evaluated period
 */
public record AdjustmentResult(
    String id,
    AdjustmentDefinition.Kind kind,
    Text title,
    boolean fired,
    BigDecimal points,
    Grade gradeCap,
    List<String> records,
    Text reason,
    String legalBasis,
    List<LegalBasis> legalBases) {

  public AdjustmentResult {
    points = Points.of(points);
    records = List.copyOf(records);
    legalBases = List.copyOf(legalBases);
  }
}
