package vn.qcdc.official;

import vn.qcdc.assessment.StoredEvaluation;
import vn.qcdc.lifecycle.CommuneYear;
import vn.qcdc.lifecycle.YearEvent;
import vn.qcdc.lifecycle.YearState;
import vn.qcdc.review.AppraisedResult;

/**
 * One evaluation as every surface shows it: the stored evaluation, its typed result with its appraisals applied, the
 * state of its commune-year, whether it is the year's official result, and the rule set it was made with.
 */
public record ResultView(StoredEvaluation evaluation, AppraisedResult result, CommuneYear year, boolean official,
    RulesUsed rules) {

  /** How the rule set behind a result is marked. */
  public enum RulesMark {
    /** Made with the rule set in force. */
    CURRENT,
    /** "Chấm theo bộ quy tắc cũ": not final, to be re-evaluated with the rule set in force. */
    OLD_RULES,
    /** "Chấm theo bộ quy tắc ngày …": signed off, final as it was made. */
    RULES_OF_DATE
  }

  public YearState state() {
    return year.state();
  }

  /** Whether this is the official result of a signed-off year: final and immutable. */
  public boolean signedOff() {
    return official && year.state() == YearState.SIGNED_OFF;
  }

  public YearEvent signOff() {
    return signedOff() ? year.signOff().orElse(null) : null;
  }

  public RulesMark rulesMark() {
    if (rules.inForce()) {
      return RulesMark.CURRENT;
    }
    return signedOff() ? RulesMark.RULES_OF_DATE : RulesMark.OLD_RULES;
  }
}
