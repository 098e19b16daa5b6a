package vn.qcdc.scenario;

import java.util.List;
import vn.qcdc.i18n.Message;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RuleSetProblem;

/**
 * The outcome of one scenario case: passed, or the differences between expected and actual. {@code stoppedInRule} is
 * set when the rules had to be stopped at a safety limit (then the rule set must not be used at all): the rule that
 * was running, or "" if none was.
 */
public record ScenarioResult(Scenario scenario, List<Message> differences, String stoppedInRule) {

  public ScenarioResult {
    differences = List.copyOf(differences);
  }

  public ScenarioResult(Scenario scenario, List<Message> differences) {
    this(scenario, differences, null);
  }

  public boolean ranAway() {
    return stoppedInRule != null;
  }

  /** A case whose rules had to be stopped, as a problem of the rule set at the rule that was running (file, line). */
  public RuleSetProblem runawayProblem(RuleSet rules) {
    Message message = Message.of("scenario.runaway", scenario.file() + ":" + scenario.line(), differences.get(0));
    return rules.ruleSource(stoppedInRule).map(s -> s.problem(message))
        .orElse(RuleSetProblem.of(scenario.file(), scenario.line(), message));
  }

  public boolean passed() {
    return differences.isEmpty();
  }
}
