package vn.qcdc.pages;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.qcdc.assessment.ResultJson;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.report.EvaluationReports;
import vn.qcdc.report.Issuer;
import vn.qcdc.web.Downloads;

/**
 * PDF and XLSX reports of a stored evaluation, drawn from the stored result read back typed: nothing is evaluated
 * again, so a report downloads whatever rule set is in force now.
 */
@Controller
class ReportDownloadController {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Results results;
  private final EvaluationReports reports = new EvaluationReports();

  ReportDownloadController(Results results) {
    this.results = results;
  }

  @GetMapping("/danh-gia/{id}/bao-cao.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    Evaluation e = engineResult(id);
    return Downloads.attachment(reports.pdf(e, (Issuer) null, LocalDate.now(VIETNAM)), MediaType.APPLICATION_PDF,
        EvaluationReports.fileName(e, "pdf"));
  }

  @GetMapping("/danh-gia/{id}/bao-cao.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long id) {
    Evaluation e = engineResult(id);
    return Downloads.attachment(reports.xlsx(e), Downloads.XLSX, EvaluationReports.fileName(e, "xlsx"));
  }

  private Evaluation engineResult(long id) {
    return ResultJson.typed(results.evaluation(id).resultJson());
  }
}
