package vn.qcdc.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.qcdc.web.ApiException;

/**
 * Administrators list, create and change users through {@link UserAdministration}, as the pages do; passwords are
 * stored as bcrypt hashes and never shown, except a one-time password issued by a reset.
 */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users", description = "Users and roles (ADMIN)")
class UserController {

  record UserView(String username, Role role, String communeCode, boolean enabled, boolean mustChangePassword) {
    static UserView of(AppUser u) {
      return new UserView(u.username(), u.role(), u.communeCode(), u.enabled(), u.mustChangePassword());
    }
  }

  /** The user after a reset, with the one-time password to hand over; it is not stored and not shown again. */
  record ResetView(UserView user, String oneTimePassword) {}

  private final UserAdministration users;

  UserController(UserAdministration users) {
    this.users = users;
  }

  @GetMapping
  @Operation(summary = "All users")
  List<UserView> list() {
    return users.all().stream().map(UserView::of).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a user")
  UserView create(@Valid @RequestBody UserRequest request) {
    if (request.password() == null) {
      throw ApiException.badRequest("invalid-request", "Password required", "A new user needs a password")
          .with("problems", List.of(Map.of("path", "$.password", "message", "must not be null")));
    }
    return UserView.of(users.create(request.username(), request.role(), request.communeCode(), request.password(),
        request.enabled() == null || request.enabled()).user());
  }

  @PutMapping("/{username}")
  @Operation(summary = "Change a user's role, commune, enabled flag or password")
  UserView update(@PathVariable String username, @Valid @RequestBody UserRequest request) {
    return UserView.of(users.update(username, request.role(), request.communeCode(), request.enabled(),
        request.password()));
  }

  @PostMapping("/{username}/password-reset")
  @Operation(summary = "Replace the password by a one-time password the user must change at the next sign-in")
  ResetView reset(@PathVariable String username) {
    UserAdministration.Issued issued = users.resetPassword(username);
    return new ResetView(UserView.of(issued.user()), issued.oneTimePassword());
  }
}
