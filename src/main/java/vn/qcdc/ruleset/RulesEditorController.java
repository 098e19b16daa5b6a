package vn.qcdc.ruleset;

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

/**
 * A minimal editor of the working rules folder for legal staff (standalone page, no shared layout): list the files,
 * open one, "Kiểm tra" (load and run the scenarios with the edit, nothing saved), save into the working folder (the
 * watcher then checks and applies it), or save and apply now.
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
  String open(@RequestParam(name = "tep", required = false) String file, Model model) throws IOException {
    requireLegal();
    String text = file == null ? null : Files.readString(path(file), StandardCharsets.UTF_8);
    return page(model, file, text, null, null);
  }

  @PostMapping("/kiem-tra")
  String check(@RequestParam("tep") String file, @RequestParam("noiDung") String text, Model model) {
    requireLegal();
    Map<String, String> files = new TreeMap<>(RuleFolder.read(manager.workingFolder()));
    files.put(RuleFolder.relative(manager.workingFolder(), path(file)), normalise(text));
    return page(model, file, text, manager.check(files), null);
  }

  /** Starts the impact preview of the edit over the working folder on every stored dossier; nothing is saved. */
  @PostMapping("/xem-truoc")
  String preview(@RequestParam("tep") String file, @RequestParam("noiDung") String text) {
    requireLegal();
    String relative = RuleFolder.relative(manager.workingFolder(), path(file));
    ImpactPreview.Job job = preview.start(new ImpactPreview.Request(Map.of(relative, normalise(text)), null, null));
    return "redirect:/bo-quy-tac/soan-thao/xem-truoc/" + job.id();
  }

  /** The preview's progress while it runs (the page refreshes itself) and, once done, the communes whose score moves. */
  @GetMapping("/xem-truoc/{id}")
  String previewResult(@PathVariable String id, Model model) {
    requireLegal();
    model.addAttribute("job", preview.find(id).orElseThrow(() -> new IllegalArgumentException("no such preview: " + id)));
    return "rules-preview";
  }

  @PostMapping("/luu")
  String save(@RequestParam("tep") String file, @RequestParam("noiDung") String text,
      @RequestParam(name = "apDung", defaultValue = "false") boolean apply, Model model) throws IOException {
    requireLegal();
    Files.writeString(path(file), normalise(text), StandardCharsets.UTF_8);
    RuleSetManager.Attempt attempt = apply ? manager.activate(manager.workingFolder(), CurrentUser.name(), "reload")
        : null;
    model.addAttribute("saved", true);
    return page(model, file, text, null, attempt);
  }

  private String page(Model model, String file, String text, RuleSetCheck check, RuleSetManager.Attempt attempt) {
    Path root = manager.workingFolder();
    List<String> files = RuleSetFiles.of(root).files().stream().map(p -> RuleFolder.relative(root, p)).toList();
    model.addAttribute("files", files);
    model.addAttribute("file", file);
    model.addAttribute("text", text);
    model.addAttribute("check", check);
    model.addAttribute("attempt", attempt);
    model.addAttribute("inForce", manager.active().current().hash());
    model.addAttribute("folderHash", folderHash(root));
    model.addAttribute("lastRejected", manager.lastRejected());
    return "rules-editor";
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
    Path p = RuleFolder.resolveInside(root, file);
    if (!RuleSetFiles.of(root).files().contains(p)) {
      throw new IllegalArgumentException("no such rule file: " + file);
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
