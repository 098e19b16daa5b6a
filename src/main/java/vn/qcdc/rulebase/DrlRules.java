package vn.qcdc.rulebase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules declared in DRL files, read from the text so that each has its file and line. */
final class DrlRules {

  /**
   * One {@code rule "..."} declaration; {@code id} is the first word of its name (a criterion or adjustment id);
   * {@code constants} the ids its text quotes ({@code "K02"}) up to its {@code end}.
   */
  record Declared(String name, String id, Source source, java.util.Set<String> constants) {}

  private static final Pattern QUOTED_ID = Pattern.compile("\"([A-Z][A-Z0-9_]*)\"");

  private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"([^\"]*)\"|'([^']*)'|(\\S+))");

  private DrlRules() {}

  static List<Declared> read(Path root, List<Path> drlFiles) {
    List<Declared> rules = new ArrayList<>();
    for (Path file : drlFiles) {
      String[] lines = CatalogueReader.text(file).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher m = RULE.matcher(lines[i]);
        if (m.find()) {
          String name = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
          String id = name.trim().split("[\\s:]+", 2)[0];
          java.util.Set<String> constants = new java.util.TreeSet<>();
          for (int j = i + 1; j < lines.length && !lines[j].trim().equals("end"); j++) {
            Matcher q = QUOTED_ID.matcher(lines[j]);
            while (q.find()) {
              constants.add(q.group(1));
            }
          }
          rules.add(new Declared(name, id, new Source(YamlFiles.relative(root, file), i + 1), constants));
        }
      }
    }
    return rules;
  }
}
