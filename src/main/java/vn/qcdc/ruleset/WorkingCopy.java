package vn.qcdc.ruleset;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.qcdc.rulebase.RuleSetFiles;
import vn.qcdc.web.ApiException;

/**
 * The working rules folder as one legal officer sees it in the workbench: the saved files with their drafts (the
 * change set being prepared) laid over them, and the diff of each draft from the saved file.
 */
@Component
class WorkingCopy {

  /** One line of a unified diff, with its kind for colouring: "add", "del", "hunk", "file" or "same". */
  record DiffLine(String kind, String text) {}

  /** The diff of one file. */
  record FileDiff(String file, List<DiffLine> lines, int added, int removed) {}

  private final RuleSetManager manager;

  WorkingCopy(RuleSetManager manager) {
    this.manager = manager;
  }

  Path root() {
    return manager.workingFolder();
  }

  List<String> files() {
    Path root = root();
    return RuleSetFiles.of(root).files().stream().map(p -> RuleFolder.relative(root, p)).toList();
  }

  /** A file of the working folder that the loader admits: no path may leave the folder, no link may be followed. */
  Path path(String file) {
    Path root = root();
    Path p = file == null || file.isBlank() || file.contains("\0") ? null : root.resolve(file).normalize();
    if (p == null || !RuleSetFiles.of(root).files().contains(p)) {
      throw ApiException.notFound("Rule file", file);
    }
    return p;
  }

  String saved(String file) {
    try {
      return Files.readString(path(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The draft of a file if there is one, else its saved text. */
  String current(HttpSession session, String file) {
    String draft = EditorDrafts.of(session).text(file);
    return draft != null ? draft : saved(file);
  }

  void keep(HttpSession session, String file, String text) {
    EditorDrafts.of(session).keep(RuleFolder.relative(root(), path(file)), text.replace("\r\n", "\n"), saved(file));
  }

  /** The working folder with every draft of this user laid over it. */
  Map<String, String> withDrafts(HttpSession session) {
    Map<String, String> files = new TreeMap<>(RuleFolder.read(root()));
    files.putAll(EditorDrafts.of(session).all());
    return files;
  }

  /** The diff of every draft from its saved file, file by file. */
  List<FileDiff> diffs(HttpSession session) {
    List<FileDiff> out = new ArrayList<>();
    EditorDrafts.of(session).all().forEach((file, text) -> out.add(diff(file, saved(file), text)));
    return out;
  }

  static FileDiff diff(String file, String before, String after) {
    String unified = RuleSetHistory.diff(before == null ? Map.of() : Map.of(file, before),
        after == null ? Map.of() : Map.of(file, after));
    return parse(file, unified);
  }

  /** A stored unified diff (several files) split file by file. */
  static List<FileDiff> split(String unified) {
    List<FileDiff> out = new ArrayList<>();
    StringBuilder current = null;
    String name = null;
    for (String line : unified.split("\n", -1)) {
      if (line.startsWith("--- ")) {
        if (current != null) {
          out.add(parse(name, current.toString()));
        }
        current = new StringBuilder();
        name = line.substring(4).replaceFirst("^a/", "");
      } else if (line.startsWith("+++ ") && name != null && name.equals("/dev/null")) {
        name = line.substring(4).replaceFirst("^b/", "");
      }
      if (current != null) {
        current.append(line).append('\n');
      }
    }
    if (current != null) {
      out.add(parse(name, current.toString()));
    }
    return out;
  }

  private static FileDiff parse(String file, String unified) {
    List<DiffLine> lines = new ArrayList<>();
    int added = 0;
    int removed = 0;
    for (String l : unified.split("\n")) {
      if (l.isEmpty() && lines.isEmpty()) {
        continue;
      }
      String kind = l.startsWith("+++") || l.startsWith("---") ? "file" : l.startsWith("@@") ? "hunk"
          : l.startsWith("+") ? "add" : l.startsWith("-") ? "del" : "same";
      added += kind.equals("add") ? 1 : 0;
      removed += kind.equals("del") ? 1 : 0;
      lines.add(new DiffLine(kind, l));
    }
    return new FileDiff(file, lines, added, removed);
  }

  String folderHash() {
    try {
      return RuleFolder.hash(root());
    } catch (IOException | RuntimeException e) {
      return "—";
    }
  }

  static void requireLegal() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || auth.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("ROLE_LEGAL"))) {
      throw new AccessDeniedException("the rules workbench is for legal staff");
    }
  }

  static void requireLegalOrAuditor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || auth.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("ROLE_LEGAL")
        || a.getAuthority().equals("ROLE_AUDITOR"))) {
      throw new AccessDeniedException("the rule-set history is for legal staff and auditors");
    }
  }
}
