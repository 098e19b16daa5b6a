package vn.qcdc.commune;

import java.time.LocalDate;

/** A predecessor commune merged into a successor on {@code effectiveDate} (2025 reorganisation). */
public record CommuneLink(String predecessorCode, String successorCode, LocalDate effectiveDate) {}
