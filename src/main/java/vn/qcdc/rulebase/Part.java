package vn.qcdc.rulebase;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scored part of a criterion; a criterion without parts has one part with the empty id.
 *
 * @param requires dossier sections whose absence makes the part MISSING_EVIDENCE
 */
public record Part(String id, Text title, BigDecimal maxPoints, Scoring scoring, List<String> requires) {

  public Part {
    requires = List.copyOf(requires);
  }
}
