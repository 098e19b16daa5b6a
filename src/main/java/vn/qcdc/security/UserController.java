package vn.qcdc.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.web.ApiException;

/** Administrators list, create and change users; passwords are stored as bcrypt hashes and never shown. */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users", description = "Users and roles (ADMIN)")
class UserController {

  record UserView(String username, Role role, String communeCode, boolean enabled) {
    static UserView of(AppUser u) {
      return new UserView(u.username(), u.role(), u.communeCode(), u.enabled());
    }
  }

  private final UserRepository users;
  private final CommuneRepository communes;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;

  UserController(UserRepository users, CommuneRepository communes, PasswordEncoder encoder, PasswordPolicy policy) {
    this.users = users;
    this.communes = communes;
    this.encoder = encoder;
    this.policy = policy;
  }

  @GetMapping
  @Operation(summary = "All users")
  List<UserView> list() {
    return users.findAll().stream().map(UserView::of).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  @Operation(summary = "Create a user")
  UserView create(@Valid @RequestBody UserRequest request) {
    if (request.password() == null) {
      throw ApiException.badRequest("invalid-request", "Password required", "A new user needs a password")
          .with("problems", List.of(java.util.Map.of("path", "$.password", "message", "must not be null")));
    }
    if (users.find(request.username()).isPresent()) {
      throw ApiException.conflict("duplicate-user", "User exists", "User " + request.username() + " already exists");
    }
    policy.require(request.username(), request.password());
    AppUser user = new AppUser(request.username(), encoder.encode(request.password()), request.role(),
        commune(request), request.enabled() == null || request.enabled());
    users.insert(user);
    return UserView.of(user);
  }

  @PutMapping("/{username}")
  @Transactional
  @Operation(summary = "Change a user's role, commune, enabled flag or password")
  UserView update(@PathVariable String username, @Valid @RequestBody UserRequest request) {
    AppUser old = users.find(username).orElseThrow(() -> ApiException.notFound("User", username));
    if (request.password() != null) {
      policy.require(username, request.password());
    }
    AppUser user = new AppUser(username, request.password() == null ? old.passwordHash()
        : encoder.encode(request.password()), request.role(), commune(request),
        request.enabled() == null ? old.enabled() : request.enabled());
    users.update(user);
    return UserView.of(user);
  }

  private String commune(UserRequest request) {
    if (!request.role().ownCommuneOnly()) {
      return null;
    }
    if (request.communeCode() == null || !communes.exists(request.communeCode())) {
      throw ApiException.unprocessable("unknown-commune", "Chairman or officer needs a known commune",
          "A " + request.role() + " must name an existing commune in communeCode").with("path", "$.communeCode");
    }
    return request.communeCode();
  }
}
