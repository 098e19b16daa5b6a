package vn.qcdc.report;

import static vn.qcdc.report.FindingsWorkbook.number;
import static vn.qcdc.report.FindingsWorkbook.text;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.qcdc.evaluation.AdjustmentResult;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.GroupResult;
import vn.qcdc.review.AppraisedResult;

/**
 * Sheet "Tổng hợp" ("Summary"): who and what was evaluated and where the result stands (state, official, sign-off), the group
 * subtotals of the engine and after appraisal, the adjustments, the totals and the grade.
 */
final class SummarySheet {

  private SummarySheet() {}

  static void write(Sheet sheet, XlsxStyles s, AppraisedResult res, ReportStatus status, Wording w) {
    Evaluation e = res.engine();
    text(sheet.createRow(0), 0, w.say("report.sheet.title"), s.title);
    int r = 2;
    r = pair(sheet, r, s, w.say("report.sheet.commune"),
        w.say("report.sheet.communeValue", e.communeName(), e.communeCode()));
    r = pair(sheet, r, s, w.say("report.sheet.year"), String.valueOf(e.year()));
    r = pair(sheet, r, s, w.say("report.sheet.profile"), e.profileId());
    r = pair(sheet, r, s, w.say("report.sheet.ruleSetHash"), e.ruleSetHash());
    r = pair(sheet, r, s, w.say("report.sheet.dossierHash"), e.dossierHash());
    if (status.state() != null) {
      r = pair(sheet, r, s, w.say("report.sheet.state"), status.sentence(w));
    }
    if (status.rulesNote() != null) {
      r = pair(sheet, r, s, w.say("report.sheet.rulesUsed"), status.rulesNote());
    }
    r = pair(sheet, r, s, w.say("report.sheet.note"), w.say("report.sheet.noteText", e.profileId()));

    r = headers(sheet, r + 1, s, w.say("report.col.code"), w.say("report.sheet.groupTitle"), w.say("report.col.max"),
        w.say("report.col.engine"), w.say("report.col.appraised"));
    for (int i = 0; i < e.groups().size(); i++) {
      GroupResult g = e.groups().get(i);
      Row row = sheet.createRow(r++);
      text(row, 0, g.id(), s.text);
      text(row, 1, w.pick(g.title()), s.text);
      number(row, 2, g.maxPoints(), s.number);
      number(row, 3, g.points(), s.number);
      number(row, 4, res.groups().get(i).points(), s.number);
    }
    Row sum = sheet.createRow(r++);
    text(sum, 0, "", s.boldText);
    text(sum, 1, w.say("report.scores.sum"), s.boldText);
    number(sum, 2, e.maxTotal(), s.boldNumber);
    number(sum, 3, e.groupSum(), s.boldNumber);
    number(sum, 4, res.groupSum(), s.boldNumber);

    r = headers(sheet, r + 1, s, w.say("report.col.code"), w.say("report.sheet.adjustment"),
        w.say("report.sheet.applies"), w.say("report.sheet.points"), w.say("report.col.reason"));
    for (AdjustmentResult a : e.adjustments()) {
      Row row = sheet.createRow(r++);
      text(row, 0, a.id(), s.text);
      text(row, 1, w.kind(a.kind()) + ": " + Vietnamese.nfc(a.title() == null ? a.id() : w.pick(a.title())), s.text);
      text(row, 2, w.say(a.fired() ? "report.sheet.yes" : "report.sheet.no"), s.text);
      number(row, 3, a.points(), s.number);
      String cap = a.fired() && a.gradeCap() != null ? " " + w.say("report.sheet.cap", w.grade(a.gradeCap())) : "";
      text(row, 4, w.pick(a.reason()) + cap, s.text);
    }

    r = headers(sheet, r + 1, s, "", "", w.say("report.col.max"), w.say("report.sheet.engine"),
        w.say("report.sheet.afterAppraisal"));
    Row total = sheet.createRow(r);
    text(total, 1, w.say("report.sheet.total"), s.boldText);
    number(total, 2, e.maxTotal(), s.boldNumber);
    number(total, 3, e.total(), s.boldNumber);
    number(total, 4, res.total(), s.boldNumber);
    Row grade = sheet.createRow(r + 1);
    text(grade, 1, w.say("report.sheet.grade"), s.boldText);
    text(grade, 2, "", s.boldText);
    text(grade, 3, w.grade(e.grade()), s.boldText);
    text(grade, 4, w.grade(res.grade()) + (res.bandGrade() != res.grade()
        ? " " + w.say("report.sheet.bandGrade", w.grade(res.bandGrade())) : ""), s.boldText);

    FindingsWorkbook.widths(sheet, 20, 60, 12, 12, 70);
    FindingsWorkbook.fitHeights(sheet, 2);
    sheet.createFreezePane(0, 1);
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
  }

  private static int pair(Sheet sheet, int r, XlsxStyles s, String label, String value) {
    Row row = sheet.createRow(r);
    text(row, 0, label, s.label);
    text(row, 1, value, s.value);
    sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 4));
    return r + 1;
  }

  private static int headers(Sheet sheet, int r, XlsxStyles s, String... names) {
    Row row = sheet.createRow(r);
    for (int i = 0; i < names.length; i++) {
      text(row, i, names[i], s.header);
    }
    return r + 1;
  }
}
