package vn.qcdc.ruleset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.qcdc.i18n.Message;
import vn.qcdc.rulebase.InvalidRuleSetException;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RuleSetLoader;
import vn.qcdc.rulebase.RuleSetProblem;
import vn.qcdc.scenario.Scenario;
import vn.qcdc.scenario.ScenarioLoader;
import vn.qcdc.scenario.ScenarioResult;
import vn.qcdc.scenario.ScenarioRunner;

/**
 * The checks a candidate folder must pass before it may be used: it loads (every problem with file and line), and
 * every scenario case of the folder gives what it expects.
 *
 * @param ruleSet the loaded rule set, or null if it did not load
 * @param problems why it did not load (or why its scenario files could not be read)
 * @param failedScenarios the cases whose results differ from their expectations
 * @param scenarios how many cases ran
 */
public record RuleSetCheck(RuleSet ruleSet, List<RuleSetProblem> problems, List<FailedScenario> failedScenarios,
    int scenarios) {

  /** A scenario case that failed: where it is, its label, and each difference (expected vs got). */
  public record FailedScenario(String file, int line, String name, List<Message> differences) {}

  public boolean passed() {
    return ruleSet != null && problems.isEmpty() && failedScenarios.isEmpty();
  }

  /** Loads {@code folder} and, if it loads, runs its scenarios. */
  public static RuleSetCheck of(Path folder) {
    return of(folder, new RuleSetLoader());
  }

  /** As {@link #of(Path)}, loading with {@code loader} (the service's, which keeps compiled rule sets). */
  public static RuleSetCheck of(Path folder, RuleSetLoader loader) {
    RuleSet rules;
    try {
      rules = loader.load(folder);
    } catch (InvalidRuleSetException e) {
      return new RuleSetCheck(null, e.problems(), List.of(), 0);
    } catch (RuntimeException e) {
      return new RuleSetCheck(null, List.of(RuleSetProblem.of(".", 0, Message.of("ruleset.folder.unreadable",
          String.valueOf(e)))), List.of(),
          0);
    }
    return scenarios(rules, folder);
  }

  /** Runs the scenario cases of {@code folder} against an already loaded rule set. */
  public static RuleSetCheck scenarios(RuleSet rules, Path folder) {
    ScenarioLoader loader = new ScenarioLoader();
    List<Scenario> cases;
    ObjectNode base;
    try {
      base = loader.base(folder);
      cases = loader.load(folder);
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      return new RuleSetCheck(rules, List.of(RuleSetProblem.of(ScenarioLoader.BASE.equals(message) ? message
          : "scenarios", 0, Message.of("ruleset.scenarios.unreadable", message))), List.of(), 0);
    }
    List<ScenarioResult> results = new ScenarioRunner(rules, base).runAll(cases);
    List<RuleSetProblem> runaways = results.stream().filter(ScenarioResult::ranAway).map(r -> r.runawayProblem(rules))
        .collect(java.util.stream.Collectors.toMap(p -> p.file() + ":" + p.line(), p -> p, (a, b) -> a,
            java.util.LinkedHashMap::new)).values().stream().toList();
    if (!runaways.isEmpty()) {
      return new RuleSetCheck(null, runaways, List.of(), results.size());
    }
    List<FailedScenario> failed = results.stream().filter(r -> !r.passed())
        .map(r -> new FailedScenario(r.scenario().file(), r.scenario().line(), r.scenario().name(), r.differences()))
        .toList();
    return new RuleSetCheck(rules, List.of(), failed, results.size());
  }
}
