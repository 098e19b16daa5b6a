package vn.qcdc.rulebase;

import java.math.BigDecimal;
import java.util.List;

/** A catalogue criterion (tiêu chí): its points are the sum of its parts. */
public record Criterion(
    String id,
    String group,
    Text title,
    BigDecimal maxPoints,
    LegalBases legalBases,
    List<Part> parts,
    Source source) {

  public Criterion {
    parts = List.copyOf(parts);
  }

  /** Every legal basis of the criterion with its dates, as the catalogue lists it. */
  public String legalBasis() {
    return legalBases.citeVi();
  }
}
