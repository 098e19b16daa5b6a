package vn.qcdc.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.qcdc.commune.Communes;
import vn.qcdc.web.ApiException;
import vn.qcdc.web.FieldRefusal;
import vn.qcdc.web.FieldRefusal.Problem;

/**
 * Every change of a user, for the API and the administration pages alike: checked here (each refusal names its field
 * in Vietnamese and English), stored by {@link UserRepository}, which chains it in the ledger. A password set by an
 * administrator is a one-time password: the user must replace it at the next sign-in ({@link PasswordChangeGate}).
 */
@Service
public class UserAdministration {

  /** A user just created or whose password was just reset, with the one-time password to hand over (shown once). */
  public record Issued(AppUser user, String oneTimePassword) {}

  /** Letters and digits that cannot be mistaken for one another when read aloud or copied from a screen. */
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final int ONE_TIME_LENGTH = 14;
  private static final String USERNAME = "[a-z0-9._-]{3,100}";

  private final UserRepository users;
  private final Communes communes;
  private final PasswordEncoder encoder;
  private final PasswordPolicy policy;
  private final SecureRandom random = new SecureRandom();

  UserAdministration(UserRepository users, Communes communes, PasswordEncoder encoder, PasswordPolicy policy) {
    this.users = users;
    this.communes = communes;
    this.encoder = encoder;
    this.policy = policy;
  }

  public List<AppUser> all() {
    return users.findAll();
  }

  public Optional<AppUser> find(String username) {
    return users.find(username);
  }

  /**
   * Creates a user. Without a password (the pages) a one-time password is issued that the user must change at the
   * first sign-in; with one (the API) the password is checked by the policy and kept.
   */
  @Transactional
  public Issued create(String username, Role role, String communeCode, String password, boolean enabled) {
    List<Problem> problems = new ArrayList<>();
    if (username == null || !username.matches(USERNAME)) {
      problems.add(new Problem("username", "Tên đăng nhập gồm 3 đến 100 ký tự a-z, 0-9, dấu chấm, gạch dưới, gạch ngang.",
          "The user name must be 3 to 100 of a-z 0-9 . _ -"));
    }
    String commune = commune(role, communeCode, problems);
    refuse(problems);
    if (users.find(username).isPresent()) {
      throw new FieldRefusal(HttpStatus.CONFLICT, "duplicate-user", "User exists", List.of(new Problem("username",
          "Đã có người dùng " + username + ".", "User " + username + " already exists")));
    }
    String oneTime = password == null ? oneTimePassword(username) : null;
    if (password != null) {
      policy.require(username, password);
    }
    AppUser user = new AppUser(username, encoder.encode(password == null ? oneTime : password), role, commune,
        enabled, password == null);
    users.insert(user);
    return new Issued(user, oneTime);
  }

  /** Changes a user's role, commune and enabled flag (and, over the API, the password: kept as given). */
  @Transactional
  public AppUser update(String username, Role role, String communeCode, Boolean enabled, String password) {
    AppUser old = users.find(username).orElseThrow(() -> ApiException.notFound("User", username));
    List<Problem> problems = new ArrayList<>();
    String commune = commune(role, communeCode, problems);
    boolean nowEnabled = enabled == null ? old.enabled() : enabled;
    if (old.role() == Role.ADMIN && old.enabled() && (role != Role.ADMIN || !nowEnabled) && enabledAdmins() == 1) {
      problems.add(new Problem(role != Role.ADMIN ? "role" : "enabled",
          "Đây là quản trị viên duy nhất đang hoạt động; hãy tạo quản trị viên khác trước.",
          "This is the only enabled administrator; create another one first."));
    }
    refuse(problems);
    if (password != null) {
      policy.require(username, password);
    }
    AppUser user = new AppUser(username, password == null ? old.passwordHash() : encoder.encode(password), role,
        commune, nowEnabled, password == null && old.mustChangePassword());
    users.update(user);
    return user;
  }

  /** Replaces the password by a one-time password the user must change at the next sign-in. */
  @Transactional
  public Issued resetPassword(String username) {
    AppUser old = users.find(username).orElseThrow(() -> ApiException.notFound("User", username));
    String oneTime = oneTimePassword(username);
    AppUser user = new AppUser(username, encoder.encode(oneTime), old.role(), old.communeCode(), old.enabled(), true);
    users.update("password reset", user);
    return new Issued(user, oneTime);
  }

  /**
   * The signed-in user replaces their own password: the current one must match, the new one must pass the policy,
   * differ from the current one and be typed twice alike. Clears the must-change flag.
   */
  @Transactional
  public AppUser changeOwnPassword(String username, String current, String newPassword, String repeated) {
    AppUser old = users.find(username).orElseThrow(() -> ApiException.notFound("User", username));
    List<Problem> problems = new ArrayList<>();
    if (current == null || !encoder.matches(current, old.passwordHash())) {
      problems.add(new Problem("current", "Mật khẩu hiện tại không đúng.", "The current password is wrong."));
    }
    policy.violations(username, newPassword)
        .forEach(v -> problems.add(new Problem("newPassword", v.vi(), v.en())));
    if (newPassword != null && newPassword.equals(current)) {
      problems.add(new Problem("newPassword", "Mật khẩu mới phải khác mật khẩu hiện tại.",
          "The new password must differ from the current one."));
    }
    if (newPassword != null && !newPassword.equals(repeated)) {
      problems.add(new Problem("repeated", "Hai lần nhập mật khẩu mới không giống nhau.",
          "The two entries of the new password differ."));
    }
    if (!problems.isEmpty()) {
      throw FieldRefusal.invalid(problems);
    }
    AppUser user = new AppUser(username, encoder.encode(newPassword), old.role(), old.communeCode(), old.enabled(),
        false);
    users.update("password changed by the user", user);
    return user;
  }

  /** The commune kept for the role: required and known for a chairman or officer, none for the other roles. */
  private String commune(Role role, String communeCode, List<Problem> problems) {
    if (role == null) {
      problems.add(new Problem("role", "Hãy chọn vai trò.", "A role is required."));
      return null;
    }
    if (!role.ownCommuneOnly()) {
      return null;
    }
    if (communeCode == null || communeCode.isBlank() || communes.find(communeCode.strip()).isEmpty()) {
      problems.add(new Problem("communeCode", "Chủ tịch và cán bộ xã cần mã của một xã đã đăng ký.",
          "A " + role + " must name an existing commune in communeCode"));
      return null;
    }
    return communeCode.strip();
  }

  /** Refuses the problems found, if any; a missing or unknown commune alone keeps its own problem type. */
  private static void refuse(List<Problem> problems) {
    if (problems.isEmpty()) {
      return;
    }
    if (problems.stream().allMatch(p -> p.field().equals("communeCode"))) {
      throw new FieldRefusal(HttpStatus.UNPROCESSABLE_ENTITY, "unknown-commune",
          "Chairman or officer needs a known commune", problems);
    }
    throw FieldRefusal.invalid(problems);
  }

  private long enabledAdmins() {
    return users.findAll().stream().filter(u -> u.role() == Role.ADMIN && u.enabled()).count();
  }

  private String oneTimePassword(String username) {
    while (true) {
      StringBuilder s = new StringBuilder(ONE_TIME_LENGTH);
      for (int i = 0; i < ONE_TIME_LENGTH; i++) {
        s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      if (policy.violations(username, s.toString()).isEmpty()) {
        return s.toString();
      }
    }
  }
}
