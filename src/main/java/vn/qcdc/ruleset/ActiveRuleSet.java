package vn.qcdc.ruleset;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import vn.qcdc.rulebase.RuleSet;

/**
 * Holds the rule set evaluations use. {@link RuleSetManager} alone decides what goes in: at start-up the last rule set
 * accepted and recorded in the database, later a candidate once it has passed every check. Every evaluation takes
 * {@link #current()} once at its start, so that a swap never mixes two rule sets.
 */
@Component
public class ActiveRuleSet {

  private final AtomicReference<RuleSet> current = new AtomicReference<>();

  /** Empty until the manager puts the rule set in force at start-up. */
  public ActiveRuleSet() {}

  /** Holds a rule set that is already loaded and trusted (command-line tools, tests). */
  public ActiveRuleSet(RuleSet initial) {
    current.set(Objects.requireNonNull(initial));
  }

  public RuleSet current() {
    RuleSet r = current.get();
    if (r == null) {
      throw new IllegalStateException("no rule set is in force yet: the service is starting");
    }
    return r;
  }

  /** The rule set in force, or null before start-up has put one in force. */
  RuleSet peek() {
    return current.get();
  }

  /** Makes {@code next} the rule set of every evaluation that starts from now on; returns the one it replaced. Only
   *  {@link RuleSetManager} (and tests) call this. */
  public RuleSet swap(RuleSet next) {
    return current.getAndSet(Objects.requireNonNull(next));
  }
}
