package vn.qcdc.rulebase;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps rule files to the evaluator's vocabulary: they may import only the dossier facts, the rule API, {@code java.time},
 * {@code java.math} and the collections of {@code java.util}, and may not reach the system, threads, reflection, files
 * or the network, nor modify or delete facts. A rule file is code; this stops it from becoming a way to run programs.
 */
final class DrlSafety {

  private static final List<String> ALLOWED_IMPORTS = List.of("vn.qcdc.dossier.facts.", "vn.qcdc.ruleapi.",
      "java.time.", "java.math.", "java.util.");
  private static final List<String> FORBIDDEN_IMPORTS = List.of("java.util.concurrent", "java.util.logging",
      "java.util.jar", "java.util.zip", "java.util.prefs", "java.util.spi", "java.util.ServiceLoader");
  private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:function\\s+|static\\s+)?([\\w.*]+)");
  private static final Pattern FORBIDDEN = Pattern.compile(
      "\\b(System|Runtime|Thread|ThreadGroup|ProcessBuilder|Process|ClassLoader|Class|Method|Field|Constructor"
          + "|Files|Paths|Path|File|FileInputStream|FileOutputStream|Socket|ServerSocket|URL|URI|HttpClient"
          + "|Executors|ExecutorService|ForkJoinPool|CompletableFuture|Unsafe|SecurityManager)\\b"
          + "|\\bjava\\s*\\.\\s*(io|nio|net|lang\\s*\\.\\s*reflect|lang\\s*\\.\\s*invoke)\\b"
          + "|\\bjavax?\\s*\\.\\s*(script|management|naming)\\b"
          + "|\\.\\s*getClass\\s*\\(|\\.class\\b|\\bexit\\s*\\(|\\bhalt\\s*\\("
          + "|\\b(modify|update|retract|delete)\\s*\\(|\\bdrools\\s*\\.");

  private DrlSafety() {}

  static void check(Path root, List<Path> drlFiles, List<RuleSetProblem> problems) {
    for (Path file : drlFiles) {
      String name = YamlFiles.relative(root, file);
      String text = CatalogueReader.text(file);
      if (name.endsWith(".dsl")) {
        text = text.replaceAll("(?m)^\\s*#.*$", "");
      }
      String[] lines = withoutCommentsAndStrings(text).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher imp = IMPORT.matcher(lines[i]);
        if (imp.find()) {
          String target = imp.group(1);
          boolean allowed = ALLOWED_IMPORTS.stream().anyMatch(target::startsWith)
              && FORBIDDEN_IMPORTS.stream().noneMatch(target::startsWith);
          if (!allowed) {
            problems.add(new RuleSetProblem(name, i + 1, "import of " + target + " is not allowed: rule files may use"
                + " only the dossier facts, vn.qcdc.ruleapi, java.time, java.math and java.util collections"));
          }
          continue;
        }
        Matcher bad = FORBIDDEN.matcher(lines[i]);
        if (bad.find()) {
          problems.add(new RuleSetProblem(name, i + 1, "'" + bad.group().trim() + "' is not allowed in a rule file:"
              + " rules may not reach the system, threads, reflection, files or the network, nor modify or delete facts"));
        }
      }
    }
  }

  /** The text with comments and string literals blanked out, keeping every line break so line numbers stay true. */
  static String withoutCommentsAndStrings(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        i += 2;
        while (i < text.length() && !(text.charAt(i) == '*' && i + 1 < text.length() && text.charAt(i + 1) == '/')) {
          out.append(text.charAt(i) == '\n' ? '\n' : ' ');
          i++;
        }
        i += 2;
      } else if (c == '"' || c == '\'') {
        out.append(c);
        i++;
        while (i < text.length() && text.charAt(i) != c && text.charAt(i) != '\n') {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        out.append(c);
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
