package vn.qcdc.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.qcdc.security.CurrentUser;

/**
 * Sign-in page and the start page of each role: a chairman their commune's dashboard, an officer their commune's
 * dossier, auditors and legal staff the province.
 */
@Controller
class HomeController {

  @GetMapping("/dang-nhap")
  String signIn() {
    return "sign-in";
  }

  @GetMapping("/")
  String home(org.springframework.security.core.Authentication auth) {
    if (CurrentUser.ownCommune().isPresent()) {
      boolean officer = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_OFFICER"));
      return "redirect:/xa/" + CurrentUser.ownCommune().get() + (officer ? "/ho-so" : "");
    }
    boolean reader = auth.getAuthorities().stream()
        .anyMatch(a -> a.getAuthority().equals("ROLE_AUDITOR") || a.getAuthority().equals("ROLE_LEGAL"));
    return reader ? "redirect:/tinh" : "home";
  }
}
