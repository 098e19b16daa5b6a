package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: AdminDossier (part of the dossier). */
public record AdminDossier(
    String id,
    String procedureCode,
    String procedureName,
    LocalDate receivedDate,
    boolean online,
    LocalDate dueDate,
    LocalDate completionRequestDate,
    LocalDate resultDate,
    LocalDate refusalDate,
    LocalDate withdrawnDate,
    LocalDate apologyLetterDate,
    LocalDate newDueDate,
    Integer rescheduleCount,
    List<EvidenceRef> evidence) implements DossierRecord {

  public AdminDossier {
    evidence = Facts.list(evidence);
  }
}
