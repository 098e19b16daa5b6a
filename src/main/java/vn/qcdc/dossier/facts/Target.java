package vn.qcdc.dossier.facts;

import java.math.BigDecimal;
import java.util.List;

/** Immutable fact: Target (dossier section {@code targets}). */
public record Target(
    String id,
    int year,
    TargetCategory category,
    String indicator,
    String unit,
    Comparison comparison,
    BigDecimal targetValue,
    BigDecimal actualValue,
    List<EvidenceRef> evidence) implements DossierRecord {

  public Target {
    evidence = Facts.list(evidence);
  }
}
