package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: Regulation (dossier section {@code regulations}). */
public record Regulation(
    String id,
    RegulationType regulationType,
    String documentNumber,
    String title,
    LocalDate issuedDate,
    LocalDate repealedDate,
    boolean agreedWithMttq,
    boolean coIssuedWithTradeUnion,
    boolean draftConsulted,
    boolean postedPermanently,
    Integer meetingsPerYear,
    List<EvidenceRef> evidence) implements DossierRecord {

  public Regulation {
    evidence = Facts.list(evidence);
  }
}
