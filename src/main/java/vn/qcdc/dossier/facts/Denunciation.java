package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: Denunciation (dossier section {@code denunciations}). */
public record Denunciation(
    String id,
    LocalDate receivedDate,
    boolean anonymous,
    boolean withinCompetence,
    boolean extendedVerification,
    LocalDate initialProcessingDate,
    LocalDate forwardedDate,
    LocalDate acceptanceDecisionDate,
    LocalDate notAcceptedDate,
    LocalDate notifiedDate,
    DenunciationComplexity complexity,
    List<Extension> extensions,
    LocalDate conclusionDate,
    LocalDate withdrawnDate,
    List<EvidenceRef> evidence) implements DossierRecord {

  public Denunciation {
    extensions = Facts.list(extensions);
    evidence = Facts.list(evidence);
  }
}
