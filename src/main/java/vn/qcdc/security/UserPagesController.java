package vn.qcdc.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.qcdc.commune.Communes;
import vn.qcdc.i18n.Message;
import vn.qcdc.web.FieldRefusal;

/**
 * The administrator's user pages ({@code /quan-tri/nguoi-dung}): the list with a form to add a user, and one user's
 * page to change role, commune and enabled flag or to reset the password. Every change goes through
 * {@link UserAdministration}; a one-time password is shown once, on the page that follows its creation.
 */
@Controller
class UserPagesController {

  private static final String LIST = "/quan-tri/nguoi-dung";

  private final UserAdministration users;
  private final Communes communes;

  UserPagesController(UserAdministration users, Communes communes) {
    this.users = users;
    this.communes = communes;
  }

  @GetMapping(LIST)
  String list(Model model) {
    model.addAttribute("users", users.all());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of());
    }
    return common(model, Map.of());
  }

  @PostMapping(LIST)
  String create(@RequestParam Map<String, String> form, Locale locale, Model model, RedirectAttributes redirect) {
    try {
      Role role = role(form.get("role"));
      UserAdministration.Issued issued = users.create(form.getOrDefault("username", "").strip(), role,
          form.get("communeCode"), null, true);
      redirect.addFlashAttribute("issued", issued);
      redirect.addFlashAttribute("created", true);
      return "redirect:" + LIST;
    } catch (FieldRefusal refused) {
      model.addAttribute("users", users.all());
      model.addAttribute("form", form);
      return common(model, refused.byField(locale));
    }
  }

  @GetMapping(LIST + "/{username}")
  String edit(@PathVariable String username, Model model) {
    AppUser user = user(username);
    model.addAttribute("user", user);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", Map.of("role", user.role().name(),
          "communeCode", user.communeCode() == null ? "" : user.communeCode(),
          "enabled", Boolean.toString(user.enabled())));
    }
    common(model, Map.of());
    return "admin-user";
  }

  @PostMapping(LIST + "/{username}")
  String update(@PathVariable String username, @RequestParam Map<String, String> form, Locale locale, Model model,
      RedirectAttributes redirect) {
    AppUser user = user(username);
    try {
      users.update(username, role(form.get("role")), form.get("communeCode"), form.containsKey("enabled"), null);
      redirect.addFlashAttribute("saved", true);
      return "redirect:" + LIST + "/" + username;
    } catch (FieldRefusal refused) {
      model.addAttribute("user", user);
      model.addAttribute("form", Map.of("role", form.getOrDefault("role", ""),
          "communeCode", form.getOrDefault("communeCode", ""), "enabled", Boolean.toString(form.containsKey("enabled"))));
      common(model, refused.byField(locale));
      return "admin-user";
    }
  }

  @PostMapping(LIST + "/{username}/dat-lai-mat-khau")
  String reset(@PathVariable String username, RedirectAttributes redirect) {
    user(username);
    redirect.addFlashAttribute("issued", users.resetPassword(username));
    return "redirect:" + LIST + "/" + username;
  }

  private String common(Model model, Map<String, String> errors) {
    model.addAttribute("errors", errors);
    model.addAttribute("roles", Arrays.asList(Role.values()));
    model.addAttribute("communes", communes.all());
    model.addAttribute("communeNames", communes.all().stream()
        .collect(java.util.stream.Collectors.toMap(c -> c.code(), c -> c.name())));
    return "admin-users";
  }

  private AppUser user(String username) {
    return users.find(username)
        .orElseThrow(() -> new NoSuchElementException("no user " + username));
  }

  /** The role chosen in the form; an unknown one is refused on the role field, like a missing one. */
  private static Role role(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Role.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw FieldRefusal.invalid(List.of(FieldRefusal.Problem.of("role", Message.of("field.role.unknown"))));
    }
  }

  /** An unknown user or commune in the address: the error page with 404, not a problem+json body. */
  @ExceptionHandler(NoSuchElementException.class)
  ModelAndView notFound() {
    return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
  }
}
