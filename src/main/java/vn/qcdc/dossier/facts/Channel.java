package vn.qcdc.dossier.facts;

import java.time.LocalDate;

/** Immutable fact: Channel (part of the dossier). */
public record Channel(
    DisclosureChannel channel,
    LocalDate startDate,
    LocalDate endDate,
    boolean permanent,
    String location) {
}
