package vn.qcdc.rulebase;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A run of the rules passed a safety limit (firings, time, inserted facts or memory), the sign of a rule that keeps
 * re-triggering itself or never ends; the run was stopped, and the rule it was in and the rules that fired most are
 * named.
 */
public final class RunawayEvaluationException extends RuntimeException {

  private final String rule;
  private final transient Map<String, Integer> topRules;

  private final String limit;

  public RunawayEvaluationException(String limit, String rule, Map<String, Integer> topRules) {
    this(limit, rule, topRules, java.util.function.UnaryOperator.identity());
  }

  private RunawayEvaluationException(String limit, String rule, Map<String, Integer> topRules,
      java.util.function.UnaryOperator<String> title) {
    super("Dừng chạy quy tắc vì vượt giới hạn an toàn (stopped at a safety limit): " + limit
        + (rule == null ? "" : ", trong quy tắc \"" + title.apply(rule) + "\" (in rule)")
        + (topRules.isEmpty() ? "" : ". Chạy nhiều nhất (fired most): " + topRules.entrySet().stream()
            .map(e -> "\"" + title.apply(e.getKey()) + "\" (" + e.getValue() + ")").collect(Collectors.joining(", "))));
    this.limit = limit;
    this.rule = rule;
    this.topRules = Map.copyOf(topRules);
  }

  /**
   * The same stop, its message naming the rules as people read them ({@code {K02}} replaced by its value); {@link
   * #rule()} and {@link #topRules()} keep the names as declared, by which the rules are found in their files.
   */
  RunawayEvaluationException titled(java.util.function.UnaryOperator<String> title) {
    RunawayEvaluationException e = new RunawayEvaluationException(limit, rule, topRules, title);
    e.setStackTrace(getStackTrace());
    return e;
  }

  /** The rule that was firing when the run was stopped, or null if none was. */
  public String rule() {
    return rule;
  }

  /** The rules that fired most, with their firing counts. */
  public Map<String, Integer> topRules() {
    return topRules;
  }
}
