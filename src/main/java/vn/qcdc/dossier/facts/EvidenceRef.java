package vn.qcdc.dossier.facts;

import java.time.LocalDate;

/** Immutable fact: EvidenceRef (part of the dossier). */
public record EvidenceRef(
    String documentNumber,
    LocalDate documentDate,
    String title,
    String issuer,
    String fileRef) {
}
