package vn.qcdc.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.qcdc.web.FieldRefusal;

/**
 * "Đổi mật khẩu" ({@code /doi-mat-khau}) for every signed-in user, and the one page open to a user who must replace
 * a one-time password ({@link PasswordChangeGate}). After the change the session holds the user without the flag.
 */
@Controller
class PasswordPageController {

  private final UserAdministration users;
  private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

  PasswordPageController(UserAdministration users) {
    this.users = users;
  }

  @GetMapping(PasswordChangeGate.PAGE)
  String form(Model model) {
    model.addAttribute("errors", Map.of());
    return "password";
  }

  @PostMapping(PasswordChangeGate.PAGE)
  String change(@RequestParam Map<String, String> form, Authentication auth, Locale locale, Model model,
      HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
    try {
      AppUser user = users.changeOwnPassword(auth.getName(), form.get("current"), form.get("newPassword"),
          form.get("repeated"));
      SignedInUser principal = new SignedInUser(user);
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
          principal.getAuthorities()));
      SecurityContextHolder.setContext(context);
      request.changeSessionId();
      sessions.saveContext(context, request, response);
      redirect.addFlashAttribute("passwordChanged", true);
      return "redirect:" + PasswordChangeGate.PAGE;
    } catch (FieldRefusal refused) {
      model.addAttribute("errors", refused.byField(locale));
      return "password";
    }
  }
}
