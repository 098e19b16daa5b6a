package vn.qcdc.ruleset;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.qcdc.rulebase.RuleSetFiles;
import vn.qcdc.security.CurrentUser;
import vn.qcdc.web.ApiException;

/**
 * A minimal editor of the working rules folder for legal staff (standalone page, no shared layout): list the files,
 * open one, keep edits of several files as drafts, "Kiểm tra" (load and run the scenarios with every draft, nothing
 * saved), preview the drafts' impact, save them all into the working folder (the watcher then checks and applies
 * them), or save and apply now.
 */
@Controller
@RequestMapping("/bo-quy-tac/soan-thao")
class RulesEditorController {

  private final RuleSetManager manager;
  private final ImpactPreview preview;

  RulesEditorController(RuleSetManager manager, ImpactPreview preview) {
    this.manager = manager;
    this.preview = preview;
  }

  @GetMapping
  String open(@RequestParam(name = "tep", required = false) String file,
      @RequestParam(name = "dong", required = false) Integer line, HttpSession session, Model model) throws IOException {
    requireLegal();
    String draft = file == null ? null : EditorDrafts.of(session).text(file);
    String text = file == null ? null : draft != null ? draft : saved(file);
    model.addAttribute("line", line);
    return page(model, session, file, text, null, null);
  }

  /** Keeps the edit as a draft and opens another file (or the same one again). */
  @PostMapping("/nhap")
  String keep(@RequestParam("tep") String file, @RequestParam("noiDung") String text,
      @RequestParam(name = "mo", required = false) String next, HttpSession session) throws IOException {
    requireLegal();
    keepDraft(session, file, text);
    String open = next == null || next.isBlank() ? file : next;
    return "redirect:/bo-quy-tac/soan-thao?tep=" + java.net.URLEncoder.encode(open, StandardCharsets.UTF_8);
  }

  /** Drops one draft (the file goes back to its saved text), or every draft when no file is named. */
  @PostMapping("/bo-nhap")
  String discard(@RequestParam(name = "tep", required = false) String file, HttpSession session) {
    requireLegal();
    if (file == null || file.isBlank()) {
      EditorDrafts.of(session).clear();
      return "redirect:/bo-quy-tac/soan-thao";
    }
    EditorDrafts.of(session).drop(file);
    return "redirect:/bo-quy-tac/soan-thao?tep=" + java.net.URLEncoder.encode(file, StandardCharsets.UTF_8);
  }

  @PostMapping("/kiem-tra")
  String check(@RequestParam("tep") String file, @RequestParam("noiDung") String text, HttpSession session,
      Model model) throws IOException {
    requireLegal();
    keepDraft(session, file, text);
    return page(model, session, file, text, manager.check(withDrafts(session)), null);
  }

  /** Starts the impact preview of every draft over the working folder on every stored dossier; nothing is saved. */
  @PostMapping("/xem-truoc")
  String preview(@RequestParam("tep") String file, @RequestParam("noiDung") String text, HttpSession session)
      throws IOException {
    requireLegal();
    keepDraft(session, file, text);
    ImpactPreview.Job job = preview.start(new ImpactPreview.Request(EditorDrafts.of(session).all(), null, null));
    return "redirect:/bo-quy-tac/soan-thao/xem-truoc/" + job.id();
  }

  /** The preview's progress while it runs (the page refreshes itself) and, once done, the communes whose score moves. */
  @GetMapping("/xem-truoc/{id}")
  String previewResult(@PathVariable String id, Model model) {
    requireLegal();
    model.addAttribute("job", preview.find(id).orElseThrow(() -> new IllegalArgumentException("no such preview: " + id)));
    return "rules-preview";
  }

  /** Saves every draft (the open file's edit included) into the working folder, and applies them at once if asked. */
  @PostMapping("/luu")
  String save(@RequestParam("tep") String file, @RequestParam("noiDung") String text,
      @RequestParam(name = "apDung", defaultValue = "false") boolean apply, HttpSession session, Model model)
      throws IOException {
    requireLegal();
    keepDraft(session, file, text);
    EditorDrafts drafts = EditorDrafts.of(session);
    Map<String, String> edits = drafts.all();
    for (Map.Entry<String, String> e : edits.entrySet()) {
      Files.writeString(path(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
    drafts.clear();
    RuleSetManager.Attempt attempt = apply ? manager.activate(manager.workingFolder(), CurrentUser.name(), "reload")
        : null;
    model.addAttribute("saved", List.copyOf(edits.keySet()));
    return page(model, session, file, normalise(text), null, attempt);
  }

  private String page(Model model, HttpSession session, String file, String text, RuleSetCheck check,
      RuleSetManager.Attempt attempt) {
    Path root = manager.workingFolder();
    List<String> files = RuleSetFiles.of(root).files().stream().map(p -> RuleFolder.relative(root, p)).toList();
    model.addAttribute("files", files);
    model.addAttribute("file", file);
    model.addAttribute("text", text);
    model.addAttribute("drafts", List.copyOf(EditorDrafts.of(session).all().keySet()));
    model.addAttribute("check", check);
    model.addAttribute("attempt", attempt);
    model.addAttribute("inForce", manager.active().current().hash());
    model.addAttribute("folderHash", folderHash(root));
    model.addAttribute("lastRejected", manager.lastRejected());
    return "rules-editor";
  }

  private void keepDraft(HttpSession session, String file, String text) throws IOException {
    EditorDrafts.of(session).keep(RuleFolder.relative(manager.workingFolder(), path(file)), normalise(text),
        saved(file));
  }

  /** The working folder with every draft of this user laid over it. */
  private Map<String, String> withDrafts(HttpSession session) {
    Map<String, String> files = new TreeMap<>(RuleFolder.read(manager.workingFolder()));
    files.putAll(EditorDrafts.of(session).all());
    return files;
  }

  private String saved(String file) throws IOException {
    return Files.readString(path(file), StandardCharsets.UTF_8);
  }

  private static String folderHash(Path root) {
    try {
      return RuleFolder.hash(root);
    } catch (IOException | RuntimeException e) {
      return "—";
    }
  }

  /** A file of the working folder that the loader admits: no path may leave the folder, no link may be followed. */
  private Path path(String file) {
    Path root = manager.workingFolder();
    Path p = file == null || file.isBlank() || file.contains("\0") ? null : root.resolve(file).normalize();
    if (p == null || !RuleSetFiles.of(root).files().contains(p)) {
      throw ApiException.notFound("Rule file", file);
    }
    return p;
  }

  private static String normalise(String text) {
    return text.replace("\r\n", "\n");
  }

  private static void requireLegal() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || auth.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("ROLE_LEGAL"))) {
      throw new AccessDeniedException("the rule editor is for legal staff");
    }
  }
}
