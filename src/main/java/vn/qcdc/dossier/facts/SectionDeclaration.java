package vn.qcdc.dossier.facts;

/**
 * Format 1.1: a person's declaration that nothing of a section's kind arose in the period ("không phát sinh trong
 * kỳ"); it is what makes an empty section count as reported. {@code declaredAt} is an ISO-8601 date-time with offset,
 * kept as text: rules do not read it.
 */
public record SectionDeclaration(String section, String declaredBy, String declaredAt) {}
