package vn.qcdc.audit;

import java.time.LocalDate;
import java.time.ZoneId;

/** What the audit log is narrowed to; every part optional. Days are days in Vietnam. */
record AuditFilter(String commune, Integer year, String kind, String user, LocalDate from, LocalDate to) {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  static AuditFilter none() {
    return new AuditFilter(null, null, null, null, null, null);
  }

  boolean accepts(AuditLine l) {
    LocalDate day = l.at() == null ? null : l.at().atZone(VIETNAM).toLocalDate();
    return (commune == null || commune.equals(l.communeCode()))
        && (year == null || year.equals(l.year()))
        && (kind == null || kind.equals(l.kind()))
        && (user == null || user.equals(l.by()))
        && (from == null || (day != null && !day.isBefore(from)))
        && (to == null || (day != null && !day.isAfter(to)));
  }
}
