package vn.qcdc.ruleapi;

/** Whether a top-level dossier section was reported ({@code present}) or left out. */
public record Section(String name, boolean present) {}
