package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: Consultation (dossier section {@code consultations}). */
public record Consultation(
    String id,
    int art25Item,
    String title,
    LocalDate planDate,
    LocalDate planSentToHdndDate,
    LocalDate planSentToMttqDate,
    List<ConsultationForm> forms,
    LocalDate publishDate,
    LocalDate closeDate,
    Integer sectorMinimumDays,
    String sectorBasis,
    Integer opinionsCount,
    LocalDate synthesisPublishedDate,
    LocalDate finalDecisionDate,
    List<EvidenceRef> evidence) implements DossierRecord {

  public Consultation {
    forms = Facts.list(forms);
    evidence = Facts.list(evidence);
  }
}
