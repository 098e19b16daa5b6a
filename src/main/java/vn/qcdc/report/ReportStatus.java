package vn.qcdc.report;

import java.time.LocalDate;

/**
 * Where the reported result stands, in Vietnamese: the state of its commune-year, whether it is the year's official
 * result, who signed it off and when, and a note on the rule set it was made with (null when it is the one in force).
 */
public record ReportStatus(String state, boolean official, String signedOffBy, LocalDate signedOffOn,
    String rulesNote) {

  /** A result shown on its own, outside the lifecycle (the command line's example, tests). */
  public static ReportStatus engineOnly() {
    return new ReportStatus(null, false, null, null, null);
  }

  /** The sentence that says it, e.g. "Trạng thái: Đã công nhận (kiểm tra viên auditor, ngày 20/01/2026)." */
  String sentence() {
    StringBuilder s = new StringBuilder("Trạng thái: ").append(state);
    if (signedOffBy != null) {
      s.append(" (người công nhận: ").append(signedOffBy).append(", ngày ")
          .append(String.format("%02d/%02d/%d", signedOffOn.getDayOfMonth(), signedOffOn.getMonthValue(),
              signedOffOn.getYear())).append(')');
    }
    s.append(official ? "; là kết quả chính thức của năm." : "; không phải kết quả chính thức của năm.");
    return s.toString();
  }
}
