package vn.qcdc.dossier.facts;

import java.time.LocalDate;

/** Immutable fact: ProcedurePublication (dossier section {@code procedurePublication}). */
public record ProcedurePublication(
    int proceduresInForce,
    int postedCount,
    int onlineCount,
    LocalDate reviewedDate) {
}
