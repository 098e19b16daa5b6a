package vn.qcdc.dossier.facts;

/** Immutable fact: YearEndPending (part of the dossier). */
public record YearEndPending(
    int pendingOverdue,
    int pendingOverdueOnline,
    int pendingOverdueWithCompliantApology) {
}
