package vn.qcdc.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import vn.qcdc.dossier.facts.Commune;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.i18n.Message;
import vn.qcdc.review.AppraisedResult;

/**
 * The reports of one evaluation: the PDF report in the Vietnamese administrative form and the XLSX workbook of the
 * findings, in Vietnamese unless English is asked for, both drawn from the stored, typed result with its appraisals applied (engine and appraised points side by
 * side) and the state of its year. Stateless and thread-safe; each call renders anew; nothing is evaluated again.
 */
public final class EvaluationReports {

  /** The file name a download should suggest, e.g. "bao-cao-11095-2025.pdf". */
  public static String fileName(Evaluation e, String extension) {
    return "bao-cao-" + e.communeCode() + "-" + e.year() + "." + extension;
  }

  /**
   * The PDF report "Báo cáo kết quả đánh giá công tác dân vận chính quyền và thực hiện Quy chế dân chủ ở cơ sở",
   * issued by the commune's People's Committee and dated {@code reportDate}, in Vietnamese.
   */
  public byte[] pdf(AppraisedResult result, ReportStatus status, Issuer issuer, LocalDate reportDate) {
    return pdf(result, status, issuer, reportDate, Message.VIETNAMESE);
  }

  /**
   * The PDF report in {@code language}'s words: English when it asks for English, Vietnamese (the official document)
   * otherwise. The status's state and rules note are written by the caller, in the same language.
   */
  public byte[] pdf(AppraisedResult result, ReportStatus status, Issuer issuer, LocalDate reportDate,
      Locale language) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(reportDate, "reportDate");
    Issuer by = issuer == null ? Issuer.of(result.engine()) : issuer;
    return PdfRendering.render(ReportDocument.render(result, status, by, reportDate, Wording.of(language)));
  }

  /** The PDF report of an engine result with no appraisal, outside the lifecycle. */
  public byte[] pdf(Evaluation evaluation, Issuer issuer, LocalDate reportDate) {
    return pdf(AppraisedResult.unappraised(evaluation), ReportStatus.engineOnly(), issuer, reportDate);
  }

  /** The PDF report, with the issuer taken from the dossier's commune section. */
  public byte[] pdf(Evaluation evaluation, Commune commune, LocalDate reportDate) {
    return pdf(evaluation, commune == null ? null : Issuer.of(commune), reportDate);
  }

  /** The report's XHTML before rendering, for previews and tests. */
  public String xhtml(AppraisedResult result, ReportStatus status, Issuer issuer, LocalDate reportDate,
      Locale language) {
    return ReportDocument.render(result, status, issuer == null ? Issuer.of(result.engine()) : issuer, reportDate,
        Wording.of(language));
  }

  /** The XLSX workbook in Vietnamese: sheet "Tổng hợp" (summary), sheet "Kết quả chi tiết" (one row per finding). */
  public byte[] xlsx(AppraisedResult result, ReportStatus status) {
    return xlsx(result, status, Message.VIETNAMESE);
  }

  /** The XLSX workbook in {@code language}'s words (English sheets "Summary" and "Detailed results"). */
  public byte[] xlsx(AppraisedResult result, ReportStatus status, Locale language) {
    Objects.requireNonNull(result, "result");
    return FindingsWorkbook.write(result, status, Wording.of(language));
  }

  /** The XLSX workbook of an engine result with no appraisal, outside the lifecycle. */
  public byte[] xlsx(Evaluation evaluation) {
    return xlsx(AppraisedResult.unappraised(evaluation), ReportStatus.engineOnly());
  }
}
