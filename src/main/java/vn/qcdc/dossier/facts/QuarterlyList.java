package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: QuarterlyList (dossier section {@code quarterlyDisclosureLists}). */
public record QuarterlyList(
    String id,
    int year,
    int quarter,
    LocalDate postedDate,
    List<EvidenceRef> evidence) implements DossierRecord {

  public QuarterlyList {
    evidence = Facts.list(evidence);
  }
}
