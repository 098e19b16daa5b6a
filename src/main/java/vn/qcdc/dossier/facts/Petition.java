package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: Petition (dossier section {@code petitions}). */
public record Petition(
    String id,
    LocalDate receivedDate,
    PetitionChannel channel,
    boolean withinCompetence,
    LocalDate forwardedDate,
    LocalDate responseDate,
    boolean protracted,
    String subject,
    List<EvidenceRef> evidence) implements DossierRecord {

  public Petition {
    evidence = Facts.list(evidence);
  }
}
