package vn.qcdc.report;

import java.time.LocalDate;

/**
 * Where the reported result stands, in the report's language: the state of its commune-year (its label), whether it
 * is the year's official result, who signed it off and when, and a note on the rule set it was made with (null when it
 * is the one in force).
 */
public record ReportStatus(String state, boolean official, String signedOffBy, LocalDate signedOffOn,
    String rulesNote) {

  /** A result shown on its own, outside the lifecycle (the command line's example, tests). */
  public static ReportStatus engineOnly() {
    return new ReportStatus(null, false, null, null, null);
  }

  /** The sentence that says it, e.g. "Trạng thái: Đã công nhận (người công nhận: auditor, ngày 20/01/2026); …". */
  String sentence(Wording w) {
    String standing = w.say(official ? "report.status.official" : "report.status.notOfficial");
    return signedOffBy == null ? w.say("report.status.plain", state, standing)
        : w.say("report.status.signed", state, signedOffBy, signedOffOn, standing);
  }
}
