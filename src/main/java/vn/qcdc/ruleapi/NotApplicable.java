package vn.qcdc.ruleapi;

import vn.qcdc.rulebase.Text;

/** A rule's statement that a part does not apply to this commune (NOT_APPLICABLE); part "" is the whole criterion. */
public record NotApplicable(String criterion, String part, Text reason) {

  public NotApplicable(String criterion, String part, String vi, String en) {
    this(criterion, part, Text.of(vi, en));
  }
}
