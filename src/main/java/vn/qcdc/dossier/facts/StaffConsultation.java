package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: StaffConsultation (dossier section {@code staffConsultations}). */
public record StaffConsultation(
    String id,
    int art53Item,
    String title,
    LocalDate planDate,
    LocalDate closeDate,
    LocalDate explanationPublishedDate,
    List<EvidenceRef> evidence) implements DossierRecord {

  public StaffConsultation {
    evidence = Facts.list(evidence);
  }
}
