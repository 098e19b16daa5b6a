package vn.qcdc.lifecycle;

import vn.qcdc.rulebase.Text;

/** Where a commune-year stands, in the order it moves. */
public enum YearState {
  DRAFTING("Đang lập hồ sơ", "Drafting the dossier"),
  SUBMITTED("Đã nộp", "Submitted"),
  EVALUATED("Đã chấm", "Evaluated"),
  APPRAISED("Đã thẩm định", "Appraised"),
  SIGNED_OFF("Đã công nhận", "Signed off");

  private final Text label;

  YearState(String vi, String en) {
    this.label = Text.of(vi, en);
  }

  public Text label() {
    return label;
  }

  /** Whether the year has an official evaluation of its submitted version. */
  public boolean evaluated() {
    return this == EVALUATED || this == APPRAISED || this == SIGNED_OFF;
  }
}
