package vn.qcdc.rulebase;

/** One thing wrong with a rule set: the file (relative to the rules folder), the line (0 if none) and a plain message. */
public record RuleSetProblem(String file, int line, String message) {

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
