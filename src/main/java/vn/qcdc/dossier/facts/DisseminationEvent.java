package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: DisseminationEvent (dossier section {@code disseminationEvents}). */
public record DisseminationEvent(
    String id,
    LocalDate date,
    String title,
    List<DisseminationTopic> topics,
    Audience audience,
    int attendeesCount,
    List<EvidenceRef> evidence) implements DossierRecord {

  public DisseminationEvent {
    topics = Facts.list(topics);
    evidence = Facts.list(evidence);
  }
}
