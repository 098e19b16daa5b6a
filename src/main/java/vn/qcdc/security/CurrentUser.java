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

  /** The commune of a signed-in chairman; empty for every other role. */
  public static java.util.Optional<String> chairmanCommune() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof SignedInUser user && user.role() == Role.CHAIRMAN) {
      return java.util.Optional.ofNullable(user.communeCode());
    }
    return java.util.Optional.empty();
  }

  /** Whether the current user may read the results of {@code commune} (true for non-chairmen and for the system). */
  public static boolean mayRead(String commune) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) {
      return true;
    }
    if (auth.getPrincipal() instanceof SignedInUser user) {
      return user.mayRead(commune);
    }
    return auth.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals(Role.CHAIRMAN.authority()));
  }
}
