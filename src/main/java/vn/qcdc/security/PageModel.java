package vn.qcdc.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: who is signed in, their role and (for a chairman or an officer) their commune. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

  /** The signed-in user as the header shows them; null on the sign-in page. */
  record Me(String name, String role, String commune, boolean mustChangePassword) {
    boolean is(String r) {
      return role.equals(r);
    }
  }

  @ModelAttribute("me")
  Me me() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof SignedInUser u) {
      return new Me(u.getUsername(), u.role().name(), u.communeCode(), u.mustChangePassword());
    }
    return null;
  }
}
