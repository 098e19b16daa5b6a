package vn.qcdc.support;

import java.nio.file.Path;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import vn.qcdc.rulebase.InvalidRuleSetException;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RuleSetLoader;
import vn.qcdc.ruleset.ActiveRuleSet;

/** Compiles ./rules once per test JVM and hands the same rule set to every Spring context (H2 and PostgreSQL). */
@TestConfiguration
public class SharedRules {

  private static RuleSet rules;

  public static synchronized RuleSet get() {
    if (rules == null) {
      try {
        rules = new RuleSetLoader().load(Path.of("rules"));
      } catch (InvalidRuleSetException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
    return rules;
  }

  /** Replaces the bean that would compile the rules again (bean overriding is on in the test profile). */
  @Bean
  ActiveRuleSet activeRuleSet() {
    return new ActiveRuleSet(get());
  }
}
