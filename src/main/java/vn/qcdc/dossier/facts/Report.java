package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: Report (dossier section {@code reports}). */
public record Report(
    String id,
    ReportType reportType,
    String title,
    String documentNumber,
    String recipient,
    LocalDate dueDate,
    LocalDate submittedDate,
    LocalDate sentToMttqDate,
    List<EvidenceRef> evidence) implements DossierRecord {

  public Report {
    evidence = Facts.list(evidence);
  }
}
