package vn.qcdc.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A user as an administrator creates or updates it; a chairman needs the code of their commune. The password is
 * checked by {@link PasswordPolicy}, the one place for password rules.
 */
record UserRequest(
    @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,100}", message = "3 to 100 of a-z 0-9 . _ -") String username,
    String password,
    @NotNull Role role,
    String communeCode,
    Boolean enabled) {}
