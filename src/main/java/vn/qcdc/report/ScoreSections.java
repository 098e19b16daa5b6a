package vn.qcdc.report;

import java.math.BigDecimal;
import java.util.List;
import vn.qcdc.evaluation.AdjustmentResult;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Finding;
import vn.qcdc.evaluation.GroupResult;
import vn.qcdc.review.AppraisedResult;

/**
 * Sections I–III of the report: the criteria table by group with the engine's and the appraised points, the
 * adjustments, and the total with the grade (recomputed from the appraised points).
 */
final class ScoreSections {

  private ScoreSections() {}

  static void write(Html h, AppraisedResult r) {
    criteria(h, r);
    adjustments(h, r.engine());
    total(h, r);
  }

  private static void criteria(Html h, AppraisedResult r) {
    Evaluation e = r.engine();
    h.element("h2", null, "I. KẾT QUẢ CHẤM ĐIỂM THEO TIÊU CHÍ");
    h.open("table", "scores").raw("<thead><tr>").element("th", "id", "Mã").element("th", null, "Tiêu chí")
        .element("th", "num", "Điểm tối đa").element("th", "num", "Điểm máy chấm")
        .element("th", "num", "Điểm thẩm định").element("th", "state", "Kết quả").raw("</tr></thead><tbody>");
    for (int i = 0; i < e.groups().size(); i++) {
      GroupResult g = e.groups().get(i);
      h.open("tr", "group").element("td", "id", g.id()).element("td", null, g.title().vi())
          .element("td", "num", Vietnamese.number(g.maxPoints())).element("td", "num", Vietnamese.number(g.points()))
          .element("td", "num", Vietnamese.number(r.groups().get(i).points())).element("td", "state", "")
          .close("tr");
      for (Finding f : e.findings()) {
        if (f.group().equals(g.id())) {
          h.open("tr", null).element("td", "id", f.criterion()).element("td", null, f.title().vi())
              .element("td", "num", Vietnamese.number(f.maxPoints()))
              .element("td", "num", Vietnamese.number(f.points()))
              .element("td", "num", Vietnamese.number(r.points(f)))
              .element("td", "state", f.state().label().vi()).close("tr");
        }
      }
    }
    h.open("tr", "sum").element("td", "id", "").element("td", null, "Cộng điểm các tiêu chí")
        .element("td", "num", Vietnamese.number(e.maxTotal())).element("td", "num", Vietnamese.number(e.groupSum()))
        .element("td", "num", Vietnamese.number(r.groupSum())).element("td", "state", "").close("tr");
    h.raw("</tbody>").close("table");
  }

  private static void adjustments(Html h, Evaluation e) {
    h.element("h2", null, "II. KHẤU TRỪ, ĐIỂM THƯỞNG VÀ GIỚI HẠN XẾP LOẠI");
    List<AdjustmentResult> fired = e.adjustments().stream().filter(AdjustmentResult::fired).toList();
    if (fired.isEmpty()) {
      h.element("p", null, "Không phát sinh khoản khấu trừ, điểm thưởng hay giới hạn xếp loại nào.");
      return;
    }
    h.open("table", "adjustments").raw("<thead><tr>").element("th", "id", "Mã").element("th", "what", "Nội dung")
        .element("th", "effect", "Điều chỉnh").element("th", null, "Lý do").raw("</tr></thead><tbody>");
    for (AdjustmentResult a : fired) {
      h.open("tr", null).element("td", "id", a.id())
          .open("td", "what").element("b", null, Vietnamese.kind(a.kind()) + ": ")
          .text(a.title() == null ? a.id() : a.title().vi()).close("td")
          .element("td", "effect", Vietnamese.effect(a)).open("td", null).text(a.reason().vi());
      if (a.legalBasis() != null && !a.legalBasis().isBlank()) {
        h.raw("<br/>").element("i", null, "Căn cứ: " + a.legalBasis());
      }
      h.close("td").close("tr");
    }
    h.raw("</tbody>").close("table");
    List<String> quiet = e.adjustments().stream().filter(a -> !a.fired()).map(AdjustmentResult::id).toList();
    if (!quiet.isEmpty()) {
      h.element("p", "after-table", "Các khoản điều chỉnh khác không phát sinh (" + String.join(", ", quiet) + ").");
    }
  }

  private static void total(Html h, AppraisedResult r) {
    Evaluation e = r.engine();
    h.element("h2", null, "III. TỔNG ĐIỂM VÀ XẾP LOẠI");
    BigDecimal change = r.total().subtract(r.groupSum());
    h.open("p", null).text("Tổng điểm: ").element("b", null, Vietnamese.number(r.total()) + "/"
        + Vietnamese.number(e.maxTotal()) + " điểm").text(" (điểm các tiêu chí " + Vietnamese.number(r.groupSum())
        + ", điều chỉnh " + Vietnamese.signed(change) + ").").close("p");
    if (r.appraised()) {
      h.element("p", null, "Tổng điểm trên là sau thẩm định; máy chấm: " + Vietnamese.number(e.total()) + " điểm, xếp "
          + "loại " + Vietnamese.grade(e.grade()) + ". Thẩm định: " + String.join("; ", r.appraisals().stream()
          .map(a -> a.criterion() + " " + Vietnamese.number(a.points()) + " điểm (" + a.reason() + ")").toList())
          + ".");
    }
    h.open("p", null).text("Xếp loại: ").element("b", "grade", Vietnamese.grade(r.grade()));
    if (r.bandGrade() != r.grade()) {
      h.text(" (theo thang điểm: " + Vietnamese.grade(r.bandGrade()) + "; xếp loại bị giới hạn do điều chỉnh nêu tại"
          + " mục II).");
    } else {
      h.text(".");
    }
    h.close("p");
  }
}
