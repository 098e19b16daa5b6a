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
 * Sheet "Tổng hợp": who and what was evaluated and where the result stands (state, official, sign-off), the group
 * subtotals of the engine and after appraisal, the adjustments, the totals and the grade.
 */
final class SummarySheet {

  private SummarySheet() {}

  static void write(Sheet sheet, XlsxStyles s, AppraisedResult res, ReportStatus status) {
    Evaluation e = res.engine();
    text(sheet.createRow(0), 0, "KẾT QUẢ ĐÁNH GIÁ CÔNG TÁC DÂN VẬN CHÍNH QUYỀN VÀ THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ",
        s.title);
    int r = 2;
    r = pair(sheet, r, s, "Xã", e.communeName() + " (mã " + e.communeCode() + ")");
    r = pair(sheet, r, s, "Năm", String.valueOf(e.year()));
    r = pair(sheet, r, s, "Bộ tiêu chí", e.profileId());
    r = pair(sheet, r, s, "Mã băm bộ quy tắc", e.ruleSetHash());
    r = pair(sheet, r, s, "Mã băm hồ sơ", e.dossierHash());
    if (status.state() != null) {
      r = pair(sheet, r, s, "Trạng thái", status.sentence());
    }
    if (status.rulesNote() != null) {
      r = pair(sheet, r, s, "Bộ quy tắc đã dùng", status.rulesNote());
    }
    r = pair(sheet, r, s, "Ghi chú", "Kết quả tham khảo theo bộ tiêu chí " + e.profileId()
        + ", không phải kết quả đánh giá, xếp loại chính thức của Ủy ban nhân dân tỉnh.");

    r = headers(sheet, r + 1, s, "Mã", "Nhóm tiêu chí", "Điểm tối đa", "Điểm máy chấm", "Điểm thẩm định");
    for (int i = 0; i < e.groups().size(); i++) {
      GroupResult g = e.groups().get(i);
      Row row = sheet.createRow(r++);
      text(row, 0, g.id(), s.text);
      text(row, 1, g.title().vi(), s.text);
      number(row, 2, g.maxPoints(), s.number);
      number(row, 3, g.points(), s.number);
      number(row, 4, res.groups().get(i).points(), s.number);
    }
    Row sum = sheet.createRow(r++);
    text(sum, 0, "", s.boldText);
    text(sum, 1, "Cộng điểm các tiêu chí", s.boldText);
    number(sum, 2, e.maxTotal(), s.boldNumber);
    number(sum, 3, e.groupSum(), s.boldNumber);
    number(sum, 4, res.groupSum(), s.boldNumber);

    r = headers(sheet, r + 1, s, "Mã", "Khấu trừ, điểm thưởng, giới hạn xếp loại", "Áp dụng", "Điểm", "Lý do");
    for (AdjustmentResult a : e.adjustments()) {
      Row row = sheet.createRow(r++);
      text(row, 0, a.id(), s.text);
      text(row, 1, Vietnamese.kind(a.kind()) + ": " + Vietnamese.nfc(a.title() == null ? a.id() : a.title().vi()),
          s.text);
      text(row, 2, a.fired() ? "Có" : "Không", s.text);
      number(row, 3, a.points(), s.number);
      String cap = a.fired() && a.gradeCap() != null ? " (xếp loại tối đa " + Vietnamese.grade(a.gradeCap()) + ")" : "";
      text(row, 4, a.reason().vi() + cap, s.text);
    }

    r = headers(sheet, r + 1, s, "", "", "Điểm tối đa", "Máy chấm", "Sau thẩm định");
    Row total = sheet.createRow(r);
    text(total, 1, "Tổng điểm", s.boldText);
    number(total, 2, e.maxTotal(), s.boldNumber);
    number(total, 3, e.total(), s.boldNumber);
    number(total, 4, res.total(), s.boldNumber);
    Row grade = sheet.createRow(r + 1);
    text(grade, 1, "Xếp loại", s.boldText);
    text(grade, 2, "", s.boldText);
    text(grade, 3, Vietnamese.grade(e.grade()), s.boldText);
    text(grade, 4, Vietnamese.grade(res.grade()) + (res.bandGrade() != res.grade()
        ? " (theo thang điểm: " + Vietnamese.grade(res.bandGrade()) + ")" : ""), s.boldText);

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
