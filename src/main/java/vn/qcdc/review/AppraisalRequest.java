package vn.qcdc.review;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The appraised points of one criterion (0 to its maximum, two decimals at most) and the mandatory reason. */
public record AppraisalRequest(
    @NotBlank String criterion,
    @NotNull @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal points,
    @NotBlank @Size(max = 4000) String reason) {}
