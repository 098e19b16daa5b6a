package vn.qcdc.report;

import java.time.LocalDate;
import java.util.Objects;
import vn.qcdc.dossier.facts.Commune;
import vn.qcdc.evaluation.Evaluation;

/**
 * The reports of one evaluation: the PDF report in the Vietnamese administrative form and the XLSX workbook of the
 * findings. Stateless and thread-safe; each call renders anew.
 */
public final class EvaluationReports {

  /** The file name a download should suggest, e.g. "bao-cao-11095-2025.pdf". */
  public static String fileName(Evaluation e, String extension) {
    return "bao-cao-" + e.communeCode() + "-" + e.year() + "." + extension;
  }

  /**
   * The PDF report "Báo cáo kết quả đánh giá công tác dân vận chính quyền và thực hiện Quy chế dân chủ ở cơ sở",
   * issued by the commune's People's Committee and dated {@code reportDate}.
   */
  public byte[] pdf(Evaluation evaluation, Issuer issuer, LocalDate reportDate) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(reportDate, "reportDate");
    Issuer by = issuer == null ? Issuer.of(evaluation) : issuer;
    return PdfRendering.render(ReportDocument.render(evaluation, by, reportDate));
  }

  /** The PDF report, with the issuer taken from the dossier's commune section. */
  public byte[] pdf(Evaluation evaluation, Commune commune, LocalDate reportDate) {
    return pdf(evaluation, commune == null ? null : Issuer.of(commune), reportDate);
  }

  /** The report's XHTML before rendering, for previews and tests. */
  public String xhtml(Evaluation evaluation, Issuer issuer, LocalDate reportDate) {
    return ReportDocument.render(evaluation, issuer == null ? Issuer.of(evaluation) : issuer, reportDate);
  }

  /** The XLSX workbook: sheet "Tổng hợp" (summary) and sheet "Kết quả chi tiết" (one row per finding). */
  public byte[] xlsx(Evaluation evaluation) {
    Objects.requireNonNull(evaluation, "evaluation");
    return FindingsWorkbook.write(evaluation);
  }
}
