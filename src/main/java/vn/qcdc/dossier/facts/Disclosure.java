package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: Disclosure (dossier section {@code disclosures}). */
public record Disclosure(
    String id,
    int art11Item,
    String title,
    String sourceDocumentNumber,
    LocalDate sourceDecisionDate,
    SectorDeadline sectorDeadline,
    List<Channel> channels,
    List<EvidenceRef> evidence) implements DossierRecord {

  public Disclosure {
    channels = Facts.list(channels);
    evidence = Facts.list(evidence);
  }
}
