package vn.qcdc.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One ledger entry as the audit log shows it: who acted and when, the commune and year it concerns (when it concerns
 * one), and the record's content from which {@link AuditText} says what changed.
 */
record AuditLine(long seq, String kind, long recordId, Instant at, String by, String communeCode, Integer year,
    Map<String, Object> content, String entryHash) {

  Object get(String key) {
    return content.get(key);
  }
}
