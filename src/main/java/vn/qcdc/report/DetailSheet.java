package vn.qcdc.report;

import static vn.qcdc.report.FindingsWorkbook.number;
import static vn.qcdc.report.FindingsWorkbook.text;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.qcdc.evaluation.Finding;
import vn.qcdc.review.Appraised;
import vn.qcdc.review.AppraisedResult;

/**
 * Sheet "Kết quả chi tiết" ("Detailed results"): a frozen, filtered header row, then one row per finding in catalogue order, with the
 * engine's points and the appraised points side by side and the appraisal's reason last.
 */
final class DetailSheet {

  /** The column headers' keys in the {@code messages-report} bundle. */
  static final String[] HEADERS = {"report.col.code", "report.col.group", "report.col.criterion", "report.col.max",
      "report.col.engine", "report.col.appraised", "report.sheet.state", "report.sheet.records",
      "report.sheet.warnings", "report.sheet.legalBasis", "report.sheet.explanation", "report.sheet.appraisalReason"};

  private DetailSheet() {}

  static void write(Sheet sheet, XlsxStyles s, AppraisedResult r, Wording w) {
    Row header = sheet.createRow(0);
    for (int i = 0; i < HEADERS.length; i++) {
      text(header, i, w.say(HEADERS[i]), s.header);
    }
    int n = 1;
    for (Finding f : r.engine().findings()) {
      Row row = sheet.createRow(n++);
      Appraised a = r.appraisal(f.criterion()).orElse(null);
      text(row, 0, f.criterion(), s.text);
      text(row, 1, f.group(), s.text);
      text(row, 2, w.pick(f.title()), s.text);
      number(row, 3, f.maxPoints(), s.number);
      number(row, 4, f.points(), s.number);
      number(row, 5, r.points(f), s.number);
      text(row, 6, w.pick(f.state().label()), s.text);
      text(row, 7, String.join(", ", f.facts()), s.text);
      text(row, 8, String.join("\n", f.warnings()), s.text);
      text(row, 9, f.legalBasis(), s.text);
      text(row, 10, w.pick(f.explanation()), s.text);
      text(row, 11, a == null ? "" : a.reason() + " (" + a.appraisedBy() + ")", s.text);
    }
    FindingsWorkbook.widths(sheet, 9, 7, 40, 11, 10, 10, 15, 22, 20, 36, 75, 30);
    FindingsWorkbook.fitHeights(sheet, 0);
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, n - 1), 0, HEADERS.length - 1));
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
  }
}
