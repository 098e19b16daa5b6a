package vn.qcdc.dossier.facts;

/** Immutable fact: BoardMember (part of the dossier). */
public record BoardMember(
    String name,
    BoardRole boardRole,
    String villageId,
    boolean isCommuneStaff,
    AgencyPosition agencyPosition) {
}
