package vn.qcdc.rulebase;

import java.util.List;
import java.util.stream.Collectors;

/** The rule set was rejected and must not be used; it carries every problem found. */
public final class InvalidRuleSetException extends Exception {

  private final transient List<RuleSetProblem> problems;

  public InvalidRuleSetException(List<RuleSetProblem> problems) {
    super(problems.stream().map(RuleSetProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<RuleSetProblem> problems() {
    return problems;
  }
}
