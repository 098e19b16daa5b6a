package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: VillageConvention (dossier section {@code villageConventions}). */
public record VillageConvention(
    String id,
    String villageId,
    String title,
    LocalDate adoptedDate,
    LocalDate dossierReceivedDate,
    LocalDate recognitionDate,
    LocalDate refusalDate,
    LocalDate annualReviewDate,
    LocalDate suspendedOrAnnulledDate,
    List<EvidenceRef> evidence) implements DossierRecord {

  public VillageConvention {
    evidence = Facts.list(evidence);
  }
}
