package vn.qcdc.lifecycle;

/** What someone did to a commune-year; each action leads to one state (reopening to the state before sign-off). */
public enum YearAction {
  /** An officer (or an auditor receiving a file) handed in a dossier version; it is frozen as the submitted one. */
  SUBMIT,
  /** An auditor's official evaluation of the submitted version was stored. */
  EVALUATE,
  /** An auditor set a criterion's points of the official evaluation, with a reason. */
  APPRAISE,
  /** An auditor recognised the official result: final and immutable until reopened. */
  SIGN_OFF,
  /** An administrator or auditor reopened a signed-off year, with a written reason. */
  REOPEN
}
