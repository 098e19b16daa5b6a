package vn.qcdc.evaluation;

import vn.qcdc.rulebase.Text;

/** The outcome of a criterion or part (profile §3.2). */
public enum State {
  PASS("Đạt", "Pass"),
  PARTIAL("Đạt một phần", "Partial"),
  FAIL("Không đạt", "Fail"),
  NOT_APPLICABLE("Không phát sinh", "Not applicable"),
  MISSING_EVIDENCE("Thiếu minh chứng", "Missing evidence");

  private final Text label;

  State(String vi, String en) {
    this.label = Text.of(vi, en);
  }

  public Text label() {
    return label;
  }
}
