package vn.qcdc.dossier.facts;

/** Immutable fact: SectorDeadline (part of the dossier). */
public record SectorDeadline(
    int value,
    DeadlineUnit unit,
    String basis) {
}
