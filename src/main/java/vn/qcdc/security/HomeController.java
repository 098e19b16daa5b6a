package vn.qcdc.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-in page and the start page of each role: a chairman their commune's dashboard, an officer their commune's
 * dossier, auditors and legal staff the province, administrators the users.
 */
@Controller
class HomeController {

  /** The sign-in page; after too many wrong passwords ({@code ?bi-khoa}) it names the minutes left to wait. */
  @GetMapping("/dang-nhap")
  String signIn(@RequestParam(name = "bi-khoa", required = false) String locked, HttpServletRequest request,
      Model model) {
    if (locked != null) {
      SignInLockout.minutesLeft(request.getSession(false), Clock.systemUTC())
          .ifPresent(minutes -> model.addAttribute("lockedMinutes", minutes));
    }
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
    boolean admin = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
    return reader ? "redirect:/tinh" : admin ? "redirect:/quan-tri/nguoi-dung" : "home";
  }
}
