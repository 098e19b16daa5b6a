package vn.qcdc.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A user as an administrator creates or updates it; a chairman needs the code of their commune. */
record UserRequest(
    @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,100}", message = "3 to 100 of a-z 0-9 . _ -") String username,
    @Size(min = 10, max = 200, message = "must have 10 to 200 characters") String password,
    @NotNull Role role,
    String communeCode,
    Boolean enabled) {}
