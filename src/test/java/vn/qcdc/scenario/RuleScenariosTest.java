package vn.qcdc.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.qcdc.rulebase.RuleCache;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RuleSetLoader;

/** Every scenario case written in the shipped rules folder, one named test per case, compiled and from the cache. */
class RuleScenariosTest {

  @TempDir
  Path temp;

  @TestFactory
  Stream<DynamicTest> shippedScenarioCasesPass() throws Exception {
    return cases(new RuleSetLoader().load(Path.of("rules")));
  }

  @TestFactory
  Stream<DynamicTest> shippedScenarioCasesPassOnTheRuleSetReadFromTheCompiledCache() throws Exception {
    RuleCache cache = RuleCache.in(temp.resolve("cache"));
    new RuleSetLoader(cache).load(Path.of("rules"));
    RuleSet cached = new RuleSetLoader(cache).load(Path.of("rules"));

    assertThat(cache.lastOutcome()).isEqualTo(RuleCache.Outcome.HIT);
    return cases(cached);
  }

  private static Stream<DynamicTest> cases(RuleSet ruleSet) throws Exception {
    Path rules = Path.of("rules");
    ScenarioLoader loader = new ScenarioLoader();
    ScenarioRunner runner = new ScenarioRunner(ruleSet, loader.base(rules));
    List<Scenario> cases = loader.load(rules);

    return cases.stream().map(s -> DynamicTest.dynamicTest(s.label(), () -> {
      ScenarioResult result = runner.run(s);

      assertThat(result.differences()).as(s.label()).isEmpty();
    }));
  }
}
