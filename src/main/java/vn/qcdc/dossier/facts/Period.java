package vn.qcdc.dossier.facts;

import java.time.LocalDate;

/** Immutable fact: Period (dossier section {@code period}). */
public record Period(
    int year,
    LocalDate compiledDate,
    String preparedBy) {
}
