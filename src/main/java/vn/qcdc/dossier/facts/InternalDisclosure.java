package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: InternalDisclosure (dossier section {@code internalDisclosures}). */
public record InternalDisclosure(
    String id,
    int art46Item,
    String title,
    LocalDate sourceDate,
    List<InternalChannel> channels,
    List<EvidenceRef> evidence) implements DossierRecord {

  public InternalDisclosure {
    channels = Facts.list(channels);
    evidence = Facts.list(evidence);
  }
}
