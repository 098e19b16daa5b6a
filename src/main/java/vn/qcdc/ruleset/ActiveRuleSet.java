package vn.qcdc.ruleset;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.qcdc.rulebase.InvalidRuleSetException;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RuleSetLoader;

/**
 * Holds the rule set evaluations use. Loaded once at start-up; later work (live reload, rollback) swaps it atomically,
 * and every evaluation takes {@link #current()} once at its start so that a swap never mixes two rule sets.
 */
@Component
public class ActiveRuleSet {

  private static final Logger LOG = LoggerFactory.getLogger(ActiveRuleSet.class);

  private final AtomicReference<RuleSet> current;

  @Autowired
  public ActiveRuleSet(RulesProperties properties) {
    this(load(properties));
  }

  /** Holds a rule set that is already loaded (tools, tests). */
  public ActiveRuleSet(RuleSet initial) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial));
  }

  public RuleSet current() {
    return current.get();
  }

  /** Makes {@code next} the rule set of every evaluation that starts from now on; returns the one it replaced. */
  public RuleSet swap(RuleSet next) {
    return current.getAndSet(Objects.requireNonNull(next));
  }

  private static RuleSet load(RulesProperties properties) {
    try {
      long start = System.nanoTime();
      RuleSet ruleSet = new RuleSetLoader().load(properties.path());
      LOG.info("rule set loaded path={} hash={} profile={} criteria={} ms={}", ruleSet.folder(), ruleSet.hash(),
          ruleSet.profile().id(), ruleSet.criteria().size(), (System.nanoTime() - start) / 1_000_000);
      return ruleSet;
    } catch (InvalidRuleSetException e) {
      throw new IllegalStateException("The rules folder " + properties.path().toAbsolutePath().normalize()
          + " is not a valid rule set, so the service cannot start:\n" + e.getMessage(), e);
    }
  }
}
