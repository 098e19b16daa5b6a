package vn.qcdc.ruleapi;

/** A rule's statement that a part lacks the evidence it needs (MISSING_EVIDENCE); part "" is the whole criterion. */
public record Missing(String criterion, String part, String section) {}
