package vn.qcdc.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RuleSetLoader;

/** Every scenario case written in the shipped rules folder, one named test per case. */
class RuleScenariosTest {

  @TestFactory
  Stream<DynamicTest> shippedScenarioCasesPass() throws Exception {
    Path rules = Path.of("rules");
    RuleSet ruleSet = new RuleSetLoader().load(rules);
    ScenarioLoader loader = new ScenarioLoader();
    ScenarioRunner runner = new ScenarioRunner(ruleSet, loader.base(rules));
    List<Scenario> cases = loader.load(rules);

    return cases.stream().map(s -> DynamicTest.dynamicTest(s.label(), () -> {
      ScenarioResult result = runner.run(s);

      assertThat(result.differences()).as(s.label()).isEmpty();
    }));
  }
}
