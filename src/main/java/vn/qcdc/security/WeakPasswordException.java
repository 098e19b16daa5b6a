package vn.qcdc.security;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.qcdc.web.FieldRefusal;

/** A password the {@link PasswordPolicy} refuses: 422 with one problem per rule broken, in English and Vietnamese. */
final class WeakPasswordException extends FieldRefusal {

  WeakPasswordException(String field, List<PasswordPolicy.Violation> violations) {
    super(HttpStatus.UNPROCESSABLE_ENTITY, "weak-password", "Password refused by the password policy",
        violations.stream().map(v -> new Problem(field, v.vi(), v.en())).toList());
    with("problems", violations.stream()
        .map(v -> Map.of("path", "$." + field, "rule", v.code(), "message", v.en(), "messageVi", v.vi())).toList());
  }
}
