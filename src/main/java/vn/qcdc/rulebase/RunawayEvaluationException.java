package vn.qcdc.rulebase;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rules ran past a safety limit (too many firings or too long), a sign of a rule that keeps re-triggering itself;
 * the evaluation was stopped and the rules that fired most are named.
 */
public final class RunawayEvaluationException extends RuntimeException {

  private final transient Map<String, Integer> topRules;

  public RunawayEvaluationException(String limit, Map<String, Integer> topRules) {
    super("The evaluation was stopped: " + limit + ". Rules that fired most: " + topRules.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\" (" + e.getValue() + " times)").collect(Collectors.joining(", ")));
    this.topRules = Map.copyOf(topRules);
  }

  /** The rules that fired most, with their firing counts. */
  public Map<String, Integer> topRules() {
    return topRules;
  }
}
