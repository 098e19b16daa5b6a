package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: Violation (dossier section {@code violations}). */
public record Violation(
    String id,
    IncidentType incidentType,
    String description,
    String personRef,
    PersonRole personRole,
    Misconduct misconduct,
    Sanction sanction,
    LocalDate sanctionDate,
    boolean massComplaint,
    boolean escalated,
    boolean ubndAtFault,
    LocalDate conclusionDate,
    String concludedBy,
    String relatedRecordId,
    List<EvidenceRef> evidence) implements DossierRecord {

  public Violation {
    evidence = Facts.list(evidence);
  }
}
