package vn.qcdc.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The user behind a request, with the role and (for a chairman) the one commune they may read. */
public class SignedInUser extends User {

  private final Role role;
  private final String communeCode;
  private final boolean mustChangePassword;

  SignedInUser(AppUser user) {
    super(user.username(), user.passwordHash(), user.enabled(), true, true, true,
        List.of(new SimpleGrantedAuthority(user.role().authority())));
    this.role = user.role();
    this.communeCode = user.communeCode();
    this.mustChangePassword = user.mustChangePassword();
  }

  /** Whether the password was set by an administrator and must be replaced before anything else. */
  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public Role role() {
    return role;
  }

  public String communeCode() {
    return communeCode;
  }

  /** Whether this user may read results of {@code commune}: a chairman or officer only their own, others all. */
  public boolean mayRead(String commune) {
    return !role.ownCommuneOnly() || commune.equals(communeCode);
  }
}
