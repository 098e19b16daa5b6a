package vn.qcdc.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.qcdc.commune.Communes;
import vn.qcdc.rulebase.RuleSetProblem;
import vn.qcdc.security.CurrentUser;

/**
 * The file editor of the rules workbench (legal staff): list the files of the working folder, open one in a code
 * editor, keep edits of several files as drafts (the change set), "Kiểm tra" (load and run the scenarios with every
 * draft, nothing saved; problems marked at their lines), preview the drafts' impact, save them all into the working
 * folder (the watcher then checks and applies them), or save and apply now.
 */
@Controller
@RequestMapping("/bo-quy-tac/soan-thao")
class RulesEditorController {

  /** A mark in the code editor's gutter: the line and what is wrong there. */
  record Marker(int line, String message, String kind) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RuleSetManager manager;
  private final ImpactPreview preview;
  private final WorkingCopy copy;
  private final Communes communes;

  RulesEditorController(RuleSetManager manager, ImpactPreview preview, WorkingCopy copy, Communes communes) {
    this.manager = manager;
    this.preview = preview;
    this.copy = copy;
    this.communes = communes;
  }

  @GetMapping
  String open(@RequestParam(name = "tep", required = false) String file,
      @RequestParam(name = "dong", required = false) Integer line, HttpSession session, Model model) {
    WorkingCopy.requireLegal();
    String text = file == null ? null : copy.current(session, file);
    model.addAttribute("line", line);
    return page(model, session, file, text, null, null);
  }

  /** Keeps the edit as a draft and opens another file (or the same one again). */
  @PostMapping("/nhap")
  String keep(@RequestParam("tep") String file, @RequestParam("noiDung") String text,
      @RequestParam(name = "mo", required = false) String next, HttpSession session) {
    WorkingCopy.requireLegal();
    copy.keep(session, file, text);
    String open = next == null || next.isBlank() ? file : next;
    return "redirect:/bo-quy-tac/soan-thao?tep=" + java.net.URLEncoder.encode(open, StandardCharsets.UTF_8);
  }

  /** Drops one draft (the file goes back to its saved text), or every draft when no file is named. */
  @PostMapping("/bo-nhap")
  String discard(@RequestParam(name = "tep", required = false) String file, HttpSession session) {
    WorkingCopy.requireLegal();
    if (file == null || file.isBlank()) {
      EditorDrafts.of(session).clear();
      return "redirect:/bo-quy-tac/soan-thao";
    }
    EditorDrafts.of(session).drop(file);
    return "redirect:/bo-quy-tac/soan-thao?tep=" + java.net.URLEncoder.encode(file, StandardCharsets.UTF_8);
  }

  @PostMapping("/kiem-tra")
  String check(@RequestParam("tep") String file, @RequestParam("noiDung") String text, HttpSession session,
      Model model) {
    WorkingCopy.requireLegal();
    copy.keep(session, file, text);
    return page(model, session, file, normalise(text), manager.check(copy.withDrafts(session)), null);
  }

  /** Starts the impact preview of every draft over the working folder on every stored dossier; nothing is saved. */
  @PostMapping("/xem-truoc")
  String preview(@RequestParam("tep") String file, @RequestParam("noiDung") String text, HttpSession session) {
    WorkingCopy.requireLegal();
    copy.keep(session, file, text);
    ImpactPreview.Job job = preview.start(new ImpactPreview.Request(EditorDrafts.of(session).all(), null, null));
    return "redirect:/bo-quy-tac/soan-thao/xem-truoc/" + job.id();
  }

  /** The preview's progress while it runs (the page refreshes itself) and, once done, the communes whose score moves. */
  @GetMapping("/xem-truoc/{id}")
  String previewResult(@PathVariable String id, Model model) {
    WorkingCopy.requireLegal();
    model.addAttribute("job", preview.find(id).orElseThrow(() -> new IllegalArgumentException("no such preview: " + id)));
    model.addAttribute("communeNames", ChangeSetController.communeNames(communes));
    return "rules-preview";
  }

  /** Saves every draft (the open file's edit included) into the working folder, and applies them at once if asked. */
  @PostMapping("/luu")
  String save(@RequestParam("tep") String file, @RequestParam("noiDung") String text,
      @RequestParam(name = "apDung", defaultValue = "false") boolean apply, HttpSession session, Model model)
      throws IOException {
    WorkingCopy.requireLegal();
    copy.keep(session, file, text);
    EditorDrafts drafts = EditorDrafts.of(session);
    Map<String, String> edits = drafts.all();
    for (Map.Entry<String, String> e : edits.entrySet()) {
      Files.writeString(copy.path(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
    drafts.clear();
    RuleSetManager.Attempt attempt = apply ? manager.activate(manager.workingFolder(), CurrentUser.name(), "reload")
        : null;
    model.addAttribute("saved", List.copyOf(edits.keySet()));
    return page(model, session, file, normalise(text), null, attempt);
  }

  private String page(Model model, HttpSession session, String file, String text, RuleSetCheck check,
      RuleSetManager.Attempt attempt) {
    String inForce = manager.active().current().hash();
    String folderHash = copy.folderHash();
    model.addAttribute("files", copy.files());
    model.addAttribute("file", file);
    model.addAttribute("text", text);
    model.addAttribute("drafts", List.copyOf(EditorDrafts.of(session).all().keySet()));
    model.addAttribute("check", check);
    model.addAttribute("attempt", attempt);
    model.addAttribute("inForce", inForce);
    model.addAttribute("folderHash", folderHash);
    model.addAttribute("lastRejected", manager.lastRejected());
    model.addAttribute("markers", markers(file, check, attempt, LocaleContextHolder.getLocale()));
    return "rules-editor";
  }

  /** The problems, failed cases and warnings of this file, as JSON for the code editor's gutter. */
  private static String markers(String file, RuleSetCheck check, RuleSetManager.Attempt attempt,
      java.util.Locale locale) {
    List<Marker> marks = new ArrayList<>();
    if (file != null && check != null) {
      add(marks, file, check.problems(), "error", locale);
      check.failedScenarios().stream().filter(f -> file.equals(f.file()))
          .forEach(f -> marks.add(new Marker(f.line(), f.name() + ": "
              + String.join("; ", f.differences().stream().map(d -> d.in(locale)).toList()), "error")));
      if (check.ruleSet() != null) {
        add(marks, file, check.ruleSet().warnings(), "warning", locale);
      }
    }
    if (file != null && attempt != null) {
      add(marks, file, attempt.problems(), "error", locale);
    }
    try {
      return JSON.writeValueAsString(marks);
    } catch (JsonProcessingException e) {
      return "[]";
    }
  }

  private static void add(List<Marker> marks, String file, List<RuleSetProblem> problems, String kind,
      java.util.Locale locale) {
    problems.stream().filter(p -> file.equals(p.file()) && p.line() > 0)
        .forEach(p -> marks.add(new Marker(p.line(), p.message(locale), kind)));
  }

  private static String normalise(String text) {
    return text.replace("\r\n", "\n");
  }
}
