package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: Complaint (dossier section {@code complaints}). */
public record Complaint(
    String id,
    String subject,
    LocalDate receivedDate,
    boolean withinCompetence,
    LocalDate acceptedDate,
    LocalDate refusedDate,
    ComplaintComplexity complexity,
    boolean dialogueRequired,
    LocalDate dialogueDate,
    LocalDate decisionDate,
    LocalDate decisionSentDate,
    LocalDate withdrawnDate,
    ComplaintOutcome outcome,
    List<EvidenceRef> evidence) implements DossierRecord {

  public Complaint {
    evidence = Facts.list(evidence);
  }
}
