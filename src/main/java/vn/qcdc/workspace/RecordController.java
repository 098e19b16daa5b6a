package vn.qcdc.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
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
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.i18n.Message;
import vn.qcdc.intake.StoredDossier;
import vn.qcdc.web.ApiException;
import vn.qcdc.security.CurrentUser;
import vn.qcdc.workbook.Declarant;
import vn.qcdc.workbook.FormField;
import vn.qcdc.workbook.RecordEdit;
import vn.qcdc.workbook.RecordForm;
import vn.qcdc.workbook.RecordForms;
import vn.qcdc.workbook.RecordInput;

/**
 * One section's records, and the form that adds, changes or deletes one record; each change is checked as the
 * workbook is and stored as the next dossier version. Record numbers in addresses start at 1.
 */
@Controller
class RecordController {

  private static final String SECTION = "/xa/{code}/ho-so/{year:\\d{4}}/muc/{section}";
  /** Empty rows offered under a nested list's rows, for new ones. */
  private static final int SPARE_ROWS = 3;

  private final DossierWorkspace workspace;
  private final Communes communes;

  RecordController(DossierWorkspace workspace, Communes communes) {
    this.workspace = workspace;
    this.communes = communes;
  }

  @GetMapping(SECTION)
  String list(@PathVariable String code, @PathVariable int year, @PathVariable String section, Model model) {
    DossierWorkspace.Current current = current(code, year);
    common(model, code, year, section, current);
    model.addAttribute("columns", forms().columns(section).stream().limit(6).toList());
    model.addAttribute("records", forms().records(current.json(), section));
    model.addAttribute("status", workspace.status(current, section));
    model.addAttribute("warned", FieldWarnings.byRecord(workspace.warnings(current.json()), section));
    return "workspace-section";
  }

  @GetMapping(SECTION + "/moi")
  String add(@PathVariable String code, @PathVariable int year, @PathVariable String section, Model model) {
    DossierWorkspace.Current current = current(code, year);
    return form(model, code, year, section, current, forms().form(current.json(), section, null), null);
  }

  @GetMapping(SECTION + "/{number:\\d+}")
  String edit(@PathVariable String code, @PathVariable int year, @PathVariable String section,
      @PathVariable int number, Model model) {
    DossierWorkspace.Current current = current(code, year);
    return form(model, code, year, section, current, forms().form(current.json(), section, number - 1), null);
  }

  @PostMapping(SECTION + "/moi")
  String create(@PathVariable String code, @PathVariable int year, @PathVariable String section,
      @RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect)
      throws InvalidDossierException {
    return save(code, year, section, null, parameters, model, redirect);
  }

  @PostMapping(SECTION + "/{number:\\d+}")
  String update(@PathVariable String code, @PathVariable int year, @PathVariable String section,
      @PathVariable int number, @RequestParam Map<String, String> parameters, Model model,
      RedirectAttributes redirect) throws InvalidDossierException {
    return save(code, year, section, number - 1, parameters, model, redirect);
  }

  @PostMapping(SECTION + "/{number:\\d+}/xoa")
  String delete(@PathVariable String code, @PathVariable int year, @PathVariable String section,
      @PathVariable int number, @RequestParam long base, RedirectAttributes redirect) throws InvalidDossierException {
    DossierWorkspace.Current current = current(code, year);
    List<Map<String, String>> records = forms().records(current.json(), section);
    if (number < 1 || number > records.size()) {
      throw new NoSuchElementException("no record " + number + " in " + section);
    }
    String id = records.get(number - 1).getOrDefault("id", "#" + number);
    return outcome(code, year, section, current, base, () -> forms().delete(current.json(), section, number - 1, declarant()),
        Message.of("flash.record.deleted", id), redirect);
  }

  @PostMapping(SECTION + "/khong-co")
  String declareNone(@PathVariable String code, @PathVariable int year, @PathVariable String section,
      @RequestParam long base, RedirectAttributes redirect) throws InvalidDossierException {
    DossierWorkspace.Current current = current(code, year);
    return outcome(code, year, section, current, base, () -> forms().declareNone(current.json(), section, declarant()),
        Message.of("flash.record.declaredNone", section), redirect);
  }

  private String save(String code, int year, String section, Integer index, Map<String, String> parameters,
      Model model, RedirectAttributes redirect) throws InvalidDossierException {
    DossierWorkspace.Current current = current(code, year);
    RecordInput input = forms().input(section, parameters);
    long base = parameters.getOrDefault("base", "").matches("\\d{1,18}") ? Long.parseLong(parameters.get("base")) : 0;
    String error = null;
    RecordEdit edit = null;
    if (base != current.stored().id()) {
      error = stale(current.stored());
    } else {
      edit = forms().save(current.json(), section, index, input, declarant());
      try {
        if (edit.accepted()) {
          Message what = Message.of(index == null ? "flash.record.added" : "flash.record.changed",
              input.fields().getOrDefault("id", ""));
          // the version's source is stored in Vietnamese, as every source is (Fmt.source writes it per page)
          Optional<StoredDossier> stored = workspace.store(current, edit, what + " (" + section + ")").stored();
          flash(redirect, stored, what);
          int saved = index != null ? index : forms().records(edit.json(), section).size() - 1;
          if (!FieldWarnings.of(workspace.warnings(edit.json()), section, saved).isEmpty()) {
            // saved, but flagged: the form shows each warning beside its field
            redirect.addFlashAttribute("flagged", true);
            return "redirect:/xa/" + code + "/ho-so/" + year + "/muc/" + section + "/" + (saved + 1);
          }
          return "redirect:/xa/" + code + "/ho-so/" + year + "/muc/" + section;
        }
      } catch (ApiException e) {
        error = e.detail(LocaleContextHolder.getLocale());
      }
    }
    RecordForm typed = withInput(forms().form(current.json(), section, index), input);
    model.addAttribute("error", error);
    return form(model, code, year, section, current, typed, edit);
  }

  /** Stores a deletion or a declaration, made only when the page was based on the newest version. */
  private String outcome(String code, int year, String section, DossierWorkspace.Current current, long base,
      Supplier<RecordEdit> change, Message what, RedirectAttributes redirect) throws InvalidDossierException {
    String back = "redirect:/xa/" + code + "/ho-so/" + year + "/muc/" + section;
    if (base != current.stored().id()) {
      redirect.addFlashAttribute("error", stale(current.stored()));
      return back;
    }
    RecordEdit edit = change.get();
    if (!edit.accepted()) {
      redirect.addFlashAttribute("problems", edit.problems());
      return back;
    }
    try {
      flash(redirect, workspace.store(current, edit, what.toString()).stored(), what);
    } catch (ApiException e) {
      redirect.addFlashAttribute("error", e.detail(LocaleContextHolder.getLocale()));
    }
    return back;
  }

  private String form(Model model, String code, int year, String section, DossierWorkspace.Current current,
      RecordForm form, RecordEdit edit) {
    common(model, code, year, section, current);
    model.addAttribute("form", form);
    model.addAttribute("number", form.index() == null ? null : form.index() + 1);
    List<RecordEdit.FieldProblem> problems = edit == null ? List.of() : edit.problems();
    Map<String, String> errors = new LinkedHashMap<>();
    Locale locale = LocaleContextHolder.getLocale();
    problems.stream().filter(p -> p.field() != null).forEach(p -> errors.merge(p.field(), p.message(locale),
        (a, b) -> a + " " + b));
    model.addAttribute("errors", errors);
    model.addAttribute("warnings", form.index() == null ? Map.of()
        : FieldWarnings.of(workspace.warnings(current.json()), section, form.index()));
    model.addAttribute("elsewhere", problems.stream().filter(p -> p.field() == null).toList());
    model.addAttribute("spare", SPARE_ROWS);
    return "record-form";
  }

  private void common(Model model, String code, int year, String section, DossierWorkspace.Current current) {
    String title = forms().sections().get(section);
    if (title == null) {
      throw WorkspaceController.notFound("section " + section + " kept one record per row");
    }
    model.addAttribute("commune", communes.find(code).orElseThrow());
    model.addAttribute("year", year);
    model.addAttribute("section", section);
    model.addAttribute("sectionTitle", title);
    model.addAttribute("current", current.stored());
  }

  /** The form as the user typed it, so nothing typed is lost when the save is refused. */
  private static RecordForm withInput(RecordForm form, RecordInput input) {
    List<FormField> fields = form.fields().stream()
        .map(f -> f.withValue(input.fields().getOrDefault(f.name(), ""))).toList();
    List<RecordForm.NestedRows> nested = new ArrayList<>();
    for (RecordForm.NestedRows rows : form.nested()) {
      nested.add(new RecordForm.NestedRows(rows.key(), rows.title(), rows.columns(),
          input.nested().getOrDefault(rows.key(), List.of())));
    }
    return new RecordForm(form.section(), form.title(), form.index(), fields, nested);
  }

  private static void flash(RedirectAttributes redirect, Optional<StoredDossier> stored, Message what) {
    if (stored.isPresent()) {
      redirect.addFlashAttribute("saved", Message.of("flash.record.saved", what, stored.get().version())
          .in(LocaleContextHolder.getLocale()));
    } else {
      redirect.addFlashAttribute("unchanged", true);
    }
  }

  private static String stale(StoredDossier newest) {
    return Message.of("flash.record.stale", newest.version(), newest.uploadedBy()).in(LocaleContextHolder.getLocale());
  }

  private DossierWorkspace.Current current(String code, int year) {
    return workspace.current(code, year)
        .orElseThrow(() -> WorkspaceController.notFound("dossier of " + code + " for " + year));
  }

  /** The signed-in user, who stands behind the "không phát sinh" declarations this edit stores. */
  private static Declarant declarant() {
    return Declarant.now(CurrentUser.name());
  }

  private RecordForms forms() {
    return workspace.forms();
  }

  @ExceptionHandler(NoSuchElementException.class)
  ModelAndView noSuchRecord() {
    return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
  }
}
