package vn.qcdc.commune;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Records that {@code predecessorCode} was merged into the commune of the URL on {@code effectiveDate}. */
record LinkRequest(@NotBlank String predecessorCode, @NotNull LocalDate effectiveDate) {}
