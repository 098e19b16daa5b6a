package vn.qcdc.dossier.facts;

/** Immutable fact: Village (part of the dossier). */
public record Village(
    String id,
    String name,
    int households) {
}
