package vn.qcdc.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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

  /** The PDF in the language the user reads the pages in (Vietnamese unless {@code ?lang=en} chose English). */
  @GetMapping("/danh-gia/{id}/bao-cao.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
    ResultView v = readable(id);
    return Downloads.attachment(reports.pdf(v.result(), status(v, locale), null, LocalDate.now(VIETNAM), locale),
        MediaType.APPLICATION_PDF, EvaluationReports.fileName(v.result().engine(), "pdf"));
  }

  /** The XLSX workbook in the language the user reads the pages in. */
  @GetMapping("/danh-gia/{id}/bao-cao.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
    ResultView v = readable(id);
    return Downloads.attachment(reports.xlsx(v.result(), status(v, locale), locale), Downloads.XLSX,
        EvaluationReports.fileName(v.result().engine(), "xlsx"));
  }

  private ResultView readable(long id) {
    ResultView v = results.of(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no evaluation " + id));
    CurrentUser.requireRead(v.evaluation().communeCode());
    return v;
  }

  /** Where the result stands, in the report's language. */
  static ReportStatus status(ResultView v, Locale locale) {
    Wording w = Wording.of(locale);
    YearEvent signOff = v.signOff();
    String since = v.rules().since() == null ? "—" : DAY.format(v.rules().since().atZone(VIETNAM));
    String note = switch (v.rulesMark()) {
      case CURRENT -> null;
      case OLD_RULES -> w.say("report.rules.old", v.rules().shortHash(), since);
      case RULES_OF_DATE -> w.say("report.rules.ofDate", v.rules().shortHash(), since);
    };
    return new ReportStatus(w.pick(v.state().label()), v.official(), signOff == null ? null : signOff.actedBy(),
        signOff == null ? null : signOff.actedAt().atZone(VIETNAM).toLocalDate(), note);
  }
}
