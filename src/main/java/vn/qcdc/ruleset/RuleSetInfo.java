package vn.qcdc.ruleset;

import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;
import vn.qcdc.rulebase.RuleSet;

/** Adds the active rule set's hash, profile and load time to {@code /actuator/info}. */
@Component
class RuleSetInfo implements InfoContributor {

  private final ActiveRuleSet active;

  RuleSetInfo(ActiveRuleSet active) {
    this.active = active;
  }

  @Override
  public void contribute(Info.Builder builder) {
    RuleSet rules = active.current();
    builder.withDetail("ruleSet", Map.of(
        "hash", rules.hash(),
        "profile", rules.profile().id(),
        "profileVersion", rules.profile().version(),
        "criteria", rules.criteria().size(),
        "loadedAt", rules.loadedAt().toString()));
  }
}
