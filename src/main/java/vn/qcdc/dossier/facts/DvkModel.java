package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: DvkModel (dossier section {@code danVanKheoModels}). */
public record DvkModel(
    String id,
    String name,
    DvkField field,
    LocalDate registeredDate,
    LocalDate implementationReportDate,
    RecognitionLevel recognitionLevel,
    LocalDate recognitionDate,
    String recognisedBy,
    String results,
    List<EvidenceRef> evidence) implements DossierRecord {

  public DvkModel {
    evidence = Facts.list(evidence);
  }
}
