package vn.qcdc.scenario;

import java.util.List;

/**
 * The outcome of one scenario case: passed, or the differences between expected and actual. {@code stoppedInRule} is
 * set when the rules had to be stopped at a safety limit (then the rule set must not be used at all): the rule that
 * was running, or "" if none was.
 */
public record ScenarioResult(Scenario scenario, List<String> differences, String stoppedInRule) {

  public ScenarioResult {
    differences = List.copyOf(differences);
  }

  public ScenarioResult(Scenario scenario, List<String> differences) {
    this(scenario, differences, null);
  }

  public boolean ranAway() {
    return stoppedInRule != null;
  }

  public boolean passed() {
    return differences.isEmpty();
  }
}
