package vn.qcdc.rulebase;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.qcdc.i18n.Message;
import vn.qcdc.i18n.Worded;

/**
 * A run of the rules passed a safety limit (firings, time, inserted facts or memory), the sign of a rule that keeps
 * re-triggering itself or never ends; the run was stopped, and the rule it was in and the rules that fired most are
 * named. Its words come from the message bundles ({@link #text()}); {@link #getMessage()} is the Vietnamese text.
 */
public final class RunawayEvaluationException extends RuntimeException implements Worded {

  private final String rule;
  private final transient Map<String, Integer> topRules;
  private final transient Message limit;
  private final transient Message text;

  public RunawayEvaluationException(Message limit, String rule, Map<String, Integer> topRules) {
    this(limit, rule, topRules, UnaryOperator.identity());
  }

  private RunawayEvaluationException(Message limit, String rule, Map<String, Integer> topRules,
      UnaryOperator<String> title) {
    this(limit, rule, topRules, Message.of("rules.runaway", limit,
        rule == null ? "" : Message.of("rules.runaway.inRule", title.apply(rule)),
        topRules.isEmpty() ? "" : Message.of("rules.runaway.top", topRules.entrySet().stream()
            .map(e -> "\"" + title.apply(e.getKey()) + "\" (" + e.getValue() + ")")
            .collect(Collectors.joining(", ")))));
  }

  private RunawayEvaluationException(Message limit, String rule, Map<String, Integer> topRules, Message text) {
    super(text.toString());
    this.limit = limit;
    this.rule = rule;
    this.topRules = Map.copyOf(topRules);
    this.text = text;
  }

  /**
   * The same stop, its message naming the rules as people read them ({@code {K02}} replaced by its value); {@link
   * #rule()} and {@link #topRules()} keep the names as declared, by which the rules are found in their files.
   */
  RunawayEvaluationException titled(UnaryOperator<String> title) {
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

  /** The limit that was passed, in the bundles' words. */
  Message limit() {
    return limit;
  }

  @Override
  public Message text() {
    return text;
  }
}
