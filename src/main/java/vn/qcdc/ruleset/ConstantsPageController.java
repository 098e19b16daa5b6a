package vn.qcdc.ruleset;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.qcdc.i18n.MessageRefusal;
import vn.qcdc.rulebase.DatedConstant;

/**
 * The constants of parameters.yaml as a table (legal staff): change a dated value or add one from a date. An edit the
 * loader would refuse is refused here, before anything is kept; an accepted one becomes a draft of parameters.yaml in
 * the change set, and the page shows its diff.
 */
@Controller
@RequestMapping("/bo-quy-tac/hang-so")
class ConstantsPageController {

  private final WorkingCopy copy;

  ConstantsPageController(WorkingCopy copy) {
    this.copy = copy;
  }

  @GetMapping
  String table(HttpSession session, Model model) {
    WorkingCopy.requireLegal();
    return page(session, model, null, null);
  }

  @PostMapping("/sua")
  String change(@RequestParam String id, @RequestParam("tu") String from, @RequestParam("giaTri") String value,
      HttpSession session, Model model, HttpServletResponse response) {
    WorkingCopy.requireLegal();
    return edit(session, model, response, id, () -> ConstantsTable.change(text(session), id, from, value));
  }

  @PostMapping("/them")
  String add(@RequestParam String id, @RequestParam("tu") String from, @RequestParam("giaTri") String value,
      @RequestParam(name = "donVi", required = false) String unit,
      @RequestParam(name = "canCu", required = false) String basis, HttpSession session, Model model,
      HttpServletResponse response) {
    WorkingCopy.requireLegal();
    return edit(session, model, response, id, () -> ConstantsTable.add(text(session), id, from, value, unit, basis));
  }

  private String edit(HttpSession session, Model model, HttpServletResponse response, String id,
      java.util.function.Supplier<String> edit) {
    try {
      copy.keep(session, ConstantsTable.FILE, edit.get());
      return "redirect:/bo-quy-tac/hang-so?sua=" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)
          + "#" + id;
    } catch (ConstantsTable.Refused | IllegalArgumentException e) {
      response.setStatus(422);
      return page(session, model, id, MessageRefusal.in(e, LocaleContextHolder.getLocale()));
    }
  }

  private String text(HttpSession session) {
    return copy.current(session, ConstantsTable.FILE);
  }

  private String page(HttpSession session, Model model, String id, String error) {
    String text = text(session);
    try {
      model.addAttribute("rows", ConstantsTable.rows(text));
    } catch (IllegalArgumentException e) {
      model.addAttribute("rows", List.of());
      model.addAttribute("unreadable", MessageRefusal.in(e, LocaleContextHolder.getLocale()));
    }
    String saved = copy.saved(ConstantsTable.FILE);
    model.addAttribute("diff", text.equals(saved) ? null : WorkingCopy.diff(ConstantsTable.FILE, saved, text));
    model.addAttribute("units", DatedConstant.Unit.values());
    model.addAttribute("drafts", List.copyOf(EditorDrafts.of(session).all().keySet()));
    model.addAttribute("errorId", id);
    model.addAttribute("error", error);
    return "rules-constants";
  }
}
