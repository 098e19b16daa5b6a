package vn.qcdc.rulebase;

/** Where a rule-set entry was written: file relative to the rules folder and line (0 if unknown). */
public record Source(String file, int line) {

  public RuleSetProblem problem(String message) {
    return new RuleSetProblem(file, line, message);
  }

  public RuleSetProblem problem(vn.qcdc.i18n.Message text) {
    return RuleSetProblem.of(file, line, text);
  }
}
