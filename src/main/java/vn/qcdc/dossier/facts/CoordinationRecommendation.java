package vn.qcdc.dossier.facts;

import java.time.LocalDate;

/** Immutable fact: CoordinationRecommendation (part of the dossier). */
public record CoordinationRecommendation(
    String id,
    Organisation sourceOrganisation,
    LocalDate receivedDate,
    String content,
    LocalDate answeredDate) {
}
