package vn.qcdc.commune;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
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
import vn.qcdc.dossier.facts.UnitLevel;
import vn.qcdc.i18n.Message;
import vn.qcdc.web.ApiException;
import vn.qcdc.web.FieldRefusal;

/**
 * The administrator's commune pages ({@code /quan-tri/xa}): the list with a search and a form to add a commune, and
 * one commune's page to change its profile and record a merger (the date, the predecessor communes). Every change
 * goes through {@link CommuneAdministration}, which chains it in the ledger.
 */
@Controller
class CommunePagesController {

  private static final String LIST = "/quan-tri/xa";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
      .withResolverStyle(ResolverStyle.STRICT);

  private final CommuneAdministration communes;

  CommunePagesController(CommuneAdministration communes) {
    this.communes = communes;
  }

  @GetMapping(LIST)
  String list(@RequestParam(name = "q", required = false) String query,
      @RequestParam(name = "code", required = false) String code,
      @RequestParam(name = "name", required = false) String name, Model model) {
    // The upload page offers an administrator this form filled with an unregistered dossier's code and name.
    Map<String, String> form = new java.util.HashMap<>();
    if (code != null) {
      form.put("code", code);
    }
    if (name != null) {
      form.put("name", name);
    }
    return listPage(model, query, form, Map.of());
  }

  @PostMapping(LIST)
  String create(@RequestParam Map<String, String> form, Locale locale, Model model, RedirectAttributes redirect) {
    try {
      Commune c = communes.create(form.getOrDefault("code", "").strip(), form.get("name"), form.get("province"),
          level(form.get("level")));
      redirect.addFlashAttribute("created", c.code());
      return "redirect:" + LIST + "/" + c.code();
    } catch (FieldRefusal refused) {
      return listPage(model, null, form, refused.byField(locale));
    }
  }

  @GetMapping(LIST + "/{code}")
  String edit(@PathVariable String code, Model model) {
    CommuneAdministration.Profile p = profile(code);
    Commune c = p.commune();
    return editPage(model, p, Map.of("name", c.name(), "province", c.province(), "level", c.level().name()),
        Map.of(), Map.of());
  }

  @PostMapping(LIST + "/{code}")
  String update(@PathVariable String code, @RequestParam Map<String, String> form, Locale locale, Model model,
      RedirectAttributes redirect) {
    CommuneAdministration.Profile p = profile(code);
    try {
      communes.update(code, form.get("name"), form.get("province"), level(form.get("level")));
      redirect.addFlashAttribute("saved", true);
      return "redirect:" + LIST + "/" + code;
    } catch (FieldRefusal refused) {
      return editPage(model, p, form, refused.byField(locale), Map.of());
    }
  }

  @PostMapping(LIST + "/{code}/sap-nhap")
  String merge(@PathVariable String code, @RequestParam Map<String, String> form, Locale locale, Model model,
      RedirectAttributes redirect) {
    CommuneAdministration.Profile p = profile(code);
    Commune c = p.commune();
    Map<String, String> profileForm = Map.of("name", c.name(), "province", c.province(), "level", c.level().name());
    try {
      List<String> predecessors = Arrays.asList(form.getOrDefault("predecessorCode", "").split("[,;\\s]+"));
      List<CommuneLink> links = communes.recordMerger(code, day(form.get("effectiveDate")), predecessors);
      redirect.addFlashAttribute("merged", links.size());
      return "redirect:" + LIST + "/" + code;
    } catch (FieldRefusal refused) {
      model.addAttribute("mergeForm", form);
      return editPage(model, p, profileForm, Map.of(), refused.byField(locale));
    }
  }

  private String listPage(Model model, String query, Map<String, String> form, Map<String, String> errors) {
    model.addAttribute("q", query == null ? "" : query);
    model.addAttribute("communes", communes.search(query));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("levels", UnitLevel.values());
    return "admin-communes";
  }

  private String editPage(Model model, CommuneAdministration.Profile p, Map<String, String> form,
      Map<String, String> errors, Map<String, String> mergeErrors) {
    model.addAttribute("profile", p);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("mergeErrors", mergeErrors);
    if (!model.containsAttribute("mergeForm")) {
      model.addAttribute("mergeForm", Map.of());
    }
    model.addAttribute("levels", UnitLevel.values());
    return "admin-commune";
  }

  private CommuneAdministration.Profile profile(String code) {
    try {
      return communes.profile(code);
    } catch (ApiException e) {
      throw new NoSuchElementException("no commune " + code);
    }
  }

  /** The level chosen; an unknown one is refused on its field. */
  private static UnitLevel level(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UnitLevel.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw FieldRefusal.invalid(List.of(FieldRefusal.Problem.of("level", Message.of("field.level.unknown"))));
    }
  }

  /** A date typed as dd/MM/yyyy (or yyyy-MM-dd); a date that cannot be read is refused on its field. */
  private static LocalDate day(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      String t = text.strip();
      return t.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t) : LocalDate.parse(t, DAY);
    } catch (DateTimeParseException e) {
      throw FieldRefusal.invalid(List.of(FieldRefusal.Problem.of("effectiveDate",
          Message.of("field.date.unreadable", text.strip()))));
    }
  }

  /** An unknown user or commune in the address: the error page with 404, not a problem+json body. */
  @ExceptionHandler(NoSuchElementException.class)
  ModelAndView notFound() {
    return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
  }
}
