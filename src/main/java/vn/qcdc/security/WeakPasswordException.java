package vn.qcdc.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import vn.qcdc.web.ApiException;

/** A password the {@link PasswordPolicy} refuses: 422 with one problem per rule broken, in English and Vietnamese. */
final class WeakPasswordException extends ApiException {

  WeakPasswordException(List<PasswordPolicy.Violation> violations) {
    super(HttpStatus.UNPROCESSABLE_ENTITY, "weak-password", "Password refused by the password policy",
        violations.stream().map(PasswordPolicy.Violation::en).collect(Collectors.joining(" ")));
    with("problems", violations.stream()
        .map(v -> Map.of("path", "$.password", "rule", v.code(), "message", v.en(), "messageVi", v.vi())).toList());
  }
}
