package vn.qcdc.rulebase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/** Compiles the DRL files of a rules folder into one KieBase and maps KIE's messages to file, line and text. */
final class DrlCompiler {

  private static final String PREFIX = "src/main/resources/";
  private static final Pattern LINE_COLUMN = Pattern.compile("^\\[ERR \\d+\\]\\s*Line (\\d+):(\\d+)\\s*");

  private DrlCompiler() {}

  static KieBase compile(Path root, List<Path> drlFiles, List<RuleSetProblem> problems) {
    KieServices ks = KieServices.Factory.get();
    ClassLoader loader = DrlCompiler.class.getClassLoader();
    KieFileSystem kfs = ks.newKieFileSystem();
    ReleaseId releaseId = ks.newReleaseId("vn.qcdc", "ruleset-" + UUID.randomUUID(), "1.0.0");
    kfs.generateAndWritePomXML(releaseId);
    for (Path file : drlFiles) {
      kfs.write(PREFIX + YamlFiles.relative(root, file), ks.getResources().newFileSystemResource(file.toFile(), "UTF-8"));
    }
    KieBuilder builder = ks.newKieBuilder(kfs, loader).buildAll();
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      problems.addAll(plain(errors));
      ks.getRepository().removeKieModule(releaseId);
      return null;
    }
    try {
      return ks.newKieContainer(releaseId, loader).getKieBase();
    } finally {
      ks.getRepository().removeKieModule(releaseId);
    }
  }

  /** KIE messages without their noise: one problem per file and line, the first line of the text. */
  private static List<RuleSetProblem> plain(List<Message> messages) {
    Set<RuleSetProblem> out = new LinkedHashSet<>();
    for (Message m : messages) {
      String text = m.getText() == null ? "" : m.getText().trim();
      if (text.startsWith("Parser returned a null Package")) {
        continue;
      }
      String file = m.getPath() == null ? "(rules)" : m.getPath().replaceFirst("^" + PREFIX, "");
      int line = m.getLine();
      String first = text.lines().findFirst().orElse(text);
      Matcher lc = LINE_COLUMN.matcher(first);
      if (lc.find()) {
        line = Integer.parseInt(lc.group(1));
        first = "column " + lc.group(2) + ": " + first.substring(lc.end());
      }
      first = first.replaceFirst("^\\[\\d+\\]\\s*Unable to expand:\\s*", "no Vietnamese sentence (DSL) matches: ");
      first = first.replaceAll("\\s*in rule \"[^\"]*\"\\s*$", "").replace("Rule Compilation error", "Java error in the rule");
      out.add(new RuleSetProblem(file, line, "DRL: " + first.trim()));
    }
    return new ArrayList<>(out);
  }
}
