package vn.qcdc.security;

/**
 * A stored user: the bcrypt hash of the password, one role, the commune of a chairman or officer, and whether the
 * password was set by an administrator and must be changed at the next sign-in.
 */
public record AppUser(String username, String passwordHash, Role role, String communeCode, boolean enabled,
    boolean mustChangePassword) {

  /** A user who chose their own password (or whose password an administrator set over the API). */
  public AppUser(String username, String passwordHash, Role role, String communeCode, boolean enabled) {
    this(username, passwordHash, role, communeCode, enabled, false);
  }
}
