package vn.qcdc.scenario;

import java.util.List;

/** The outcome of one scenario case: passed, or the differences between expected and actual. */
public record ScenarioResult(Scenario scenario, List<String> differences) {

  public ScenarioResult {
    differences = List.copyOf(differences);
  }

  public boolean passed() {
    return differences.isEmpty();
  }
}
