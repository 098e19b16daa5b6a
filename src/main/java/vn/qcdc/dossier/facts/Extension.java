package vn.qcdc.dossier.facts;

import java.time.LocalDate;

/** Immutable fact: Extension (part of the dossier). */
public record Extension(
    LocalDate decisionDate,
    int days) {
}
