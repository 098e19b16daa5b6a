package vn.qcdc.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, for services that check per-commune access or record who acted. */
public final class CurrentUser {

  private CurrentUser() {}

  public static String name() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null ? "system" : auth.getName();
  }

  /** The commune of a signed-in chairman or officer; empty for every other role. */
  public static java.util.Optional<String> ownCommune() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof SignedInUser user && user.role().ownCommuneOnly()) {
      return java.util.Optional.ofNullable(user.communeCode());
    }
    return java.util.Optional.empty();
  }

  /** Whether the signed-in user has the role. */
  public static boolean has(Role role) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
  }

  /** For the pages: refuses (403) a chairman or officer who asks for another commune than their own. */
  public static void requireRead(String commune) {
    if (!mayRead(commune)) {
      throw new org.springframework.security.access.AccessDeniedException(
          "a chairman or officer reads their own commune only, not " + commune);
    }
  }

  /** Whether the current user may read the results of {@code commune} (true for roles not bound to a commune). */
  public static boolean mayRead(String commune) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) {
      return true;
    }
    if (auth.getPrincipal() instanceof SignedInUser user) {
      return user.mayRead(commune);
    }
    return auth.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals(Role.CHAIRMAN.authority())
        || a.getAuthority().equals(Role.OFFICER.authority()));
  }
}
