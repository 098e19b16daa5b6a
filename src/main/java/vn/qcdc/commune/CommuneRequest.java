package vn.qcdc.commune;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.qcdc.dossier.facts.UnitLevel;

/** A commune as an administrator creates or updates it; the code is the 5-digit official code. */
record CommuneRequest(
    @NotBlank @Pattern(regexp = "[0-9]{5}", message = "must be the 5-digit official commune code") String code,
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 200) String province,
    @NotNull UnitLevel level) {}
