package vn.qcdc.rulebase;

/**
 * One thing wrong with a rule set: the file (relative to the rules folder), the line and column (0 if none) and a
 * plain message.
 */
public record RuleSetProblem(String file, int line, int column, String message) {

  public RuleSetProblem(String file, int line, String message) {
    this(file, line, 0, message);
  }

  @Override
  public String toString() {
    String at = line <= 0 ? "" : column > 0 ? ":" + line + ":" + column : ":" + line;
    return file + at + ": " + message;
  }
}
