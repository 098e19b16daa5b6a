package vn.qcdc.dossier.facts;

import java.time.LocalDate;

/** Immutable fact: InternalChannel (part of the dossier). */
public record InternalChannel(
    InternalDisclosureChannel channel,
    LocalDate startDate,
    LocalDate endDate) {
}
