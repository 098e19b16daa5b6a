package vn.qcdc.rulebase;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import vn.qcdc.rulebase.sandbox.RuleCode;
import vn.qcdc.rulebase.sandbox.SandboxClassLoader;

/** Compiles the DRL files of a rules folder into one KieBase and maps KIE's messages to file, line and text. */
final class DrlCompiler {

  private static final String PREFIX = "src/main/resources/";
  private static final Pattern UNEXPANDED = Pattern.compile("^\\[\\d+\\]\\s*Unable to expand:\\s*");
  private static final Pattern GENERATED_TWICE = Pattern.compile("The type Rule_\\S+ is already defined");

  /** Rules compile and run against the vocabulary only (shared: it holds no state but the allow-list). */
  static final SandboxClassLoader SANDBOX = new SandboxClassLoader(DrlCompiler.class.getClassLoader());

  private DrlCompiler() {}

  /** Compiles DRL texts (relative name → text) that {@link RuleCode} checked; null after adding the problems. */
  static KieBase compile(Map<String, String> drl, List<RuleSetProblem> problems) {
    KieServices ks = KieServices.Factory.get();
    ClassLoader loader = SANDBOX;
    KieFileSystem kfs = ks.newKieFileSystem();
    ReleaseId releaseId = ks.newReleaseId("vn.qcdc", "ruleset-" + UUID.randomUUID(), "1.0.0");
    kfs.generateAndWritePomXML(releaseId);
    drl.forEach((name, text) -> kfs.write(PREFIX + name, text));
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

  /**
   * KIE messages without their noise: one problem per file and line, Drools' first line framed and explained by
   * {@link DroolsErrors}. The class Drools generates for a rule whose name is used twice is reported as well; that
   * second text says nothing the duplicate name does not, so it is left out when the duplicate is named.
   */
  private static List<RuleSetProblem> plain(List<Message> messages) {
    Set<RuleSetProblem> out = new LinkedHashSet<>();
    boolean duplicate = messages.stream().anyMatch(m -> m.getText() != null
        && m.getText().contains("Duplicate rule name"));
    for (Message m : messages) {
      String text = m.getText() == null ? "" : m.getText().trim();
      if (text.startsWith("Parser returned a null Package")
          || duplicate && GENERATED_TWICE.matcher(text).find()) {
        continue;
      }
      String file = m.getPath() == null ? "(rules)" : RuleCode.shown(m.getPath().replaceFirst("^" + PREFIX, ""));
      String first = text.lines().findFirst().orElse(text);
      int line = DroolsErrors.line(first).orElse(m.getLine());
      int column = DroolsErrors.column(first).orElse(0);
      Matcher dsl = UNEXPANDED.matcher(first);
      out.add(RuleSetProblem.of(file, line, column, dsl.find()
          ? vn.qcdc.i18n.Message.of("sandbox.dsl.noMatch", first.substring(dsl.end()).strip())
          : DroolsErrors.explain(first)));
    }
    return new ArrayList<>(out);
  }
}
