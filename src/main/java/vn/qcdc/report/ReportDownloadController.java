package vn.qcdc.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import vn.qcdc.lifecycle.YearEvent;
import vn.qcdc.official.OfficialResults;
import vn.qcdc.official.ResultView;
import vn.qcdc.security.CurrentUser;
import vn.qcdc.web.Downloads;

/**
 * PDF and XLSX reports of a stored evaluation, drawn from its typed result with its appraisals applied and the state
 * of its year: nothing is evaluated again, so a report downloads whatever rule set is in force now.
 */
@Controller
class ReportDownloadController {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final OfficialResults results;
  private final EvaluationReports reports = new EvaluationReports();

  ReportDownloadController(OfficialResults results) {
    this.results = results;
  }

  @GetMapping("/danh-gia/{id}/bao-cao.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    ResultView v = readable(id);
    return Downloads.attachment(reports.pdf(v.result(), status(v), null, LocalDate.now(VIETNAM)),
        MediaType.APPLICATION_PDF, EvaluationReports.fileName(v.result().engine(), "pdf"));
  }

  @GetMapping("/danh-gia/{id}/bao-cao.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long id) {
    ResultView v = readable(id);
    return Downloads.attachment(reports.xlsx(v.result(), status(v)), Downloads.XLSX,
        EvaluationReports.fileName(v.result().engine(), "xlsx"));
  }

  private ResultView readable(long id) {
    ResultView v = results.of(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no evaluation " + id));
    CurrentUser.requireRead(v.evaluation().communeCode());
    return v;
  }

  static ReportStatus status(ResultView v) {
    YearEvent signOff = v.signOff();
    String since = v.rules().since() == null ? "—" : DAY.format(v.rules().since().atZone(VIETNAM));
    String note = switch (v.rulesMark()) {
      case CURRENT -> null;
      case OLD_RULES -> "Chấm theo bộ quy tắc cũ (mã băm " + v.rules().shortHash() + ", áp dụng từ " + since
          + "); kết quả chờ chấm lại theo bộ quy tắc đang áp dụng.";
      case RULES_OF_DATE -> "Chấm theo bộ quy tắc ngày " + since + " (mã băm " + v.rules().shortHash()
          + "); kết quả đã công nhận giữ nguyên.";
    };
    return new ReportStatus(v.state().label().vi(), v.official(), signOff == null ? null : signOff.actedBy(),
        signOff == null ? null : signOff.actedAt().atZone(VIETNAM).toLocalDate(), note);
  }
}
