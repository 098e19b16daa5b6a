package vn.qcdc.dossier.facts;

import java.time.LocalDate;

/** Immutable fact: ReceptionCase (part of the dossier). */
public record ReceptionCase(
    String id,
    CaseType caseType,
    String relatedRecordId,
    LocalDate answeredDate) {
}
