package vn.qcdc.rulebase;

/** The rules kept firing past the safety limit, a sign of a rule that triggers itself; the evaluation was stopped. */
public final class RunawayEvaluationException extends RuntimeException {

  public RunawayEvaluationException(int maxFirings) {
    super("The rules fired more than " + maxFirings + " times and were stopped (a rule probably re-triggers itself)");
  }
}
