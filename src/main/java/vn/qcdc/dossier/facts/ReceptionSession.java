package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: ReceptionSession (dossier section {@code receptionSessions}). */
public record ReceptionSession(
    String id,
    LocalDate date,
    ReceiverRole receiverRole,
    boolean atHeadquarters,
    boolean isAdHoc,
    int visitorsCount,
    List<ReceptionCase> cases,
    List<EvidenceRef> evidence) implements DossierRecord {

  public ReceptionSession {
    cases = Facts.list(cases);
    evidence = Facts.list(evidence);
  }
}
