package vn.qcdc.report;

import java.math.BigDecimal;
import java.util.List;
import vn.qcdc.evaluation.AdjustmentResult;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Finding;
import vn.qcdc.evaluation.GroupResult;

/** Sections I–III of the report: the criteria table by group, the adjustments, and the total with the grade. */
final class ScoreSections {

  private ScoreSections() {}

  static void write(Html h, Evaluation e) {
    criteria(h, e);
    adjustments(h, e);
    total(h, e);
  }

  private static void criteria(Html h, Evaluation e) {
    h.element("h2", null, "I. KẾT QUẢ CHẤM ĐIỂM THEO TIÊU CHÍ");
    h.open("table", "scores").raw("<thead><tr>").element("th", "id", "Mã").element("th", null, "Tiêu chí")
        .element("th", "num", "Điểm tối đa").element("th", "num", "Điểm").element("th", "state", "Kết quả")
        .raw("</tr></thead><tbody>");
    for (GroupResult g : e.groups()) {
      h.open("tr", "group").element("td", "id", g.id()).element("td", null, g.title().vi())
          .element("td", "num", Vietnamese.number(g.maxPoints())).element("td", "num", Vietnamese.number(g.points()))
          .element("td", "state", "").close("tr");
      for (Finding f : e.findings()) {
        if (f.group().equals(g.id())) {
          h.open("tr", null).element("td", "id", f.criterion()).element("td", null, f.title().vi())
              .element("td", "num", Vietnamese.number(f.maxPoints()))
              .element("td", "num", Vietnamese.number(f.points()))
              .element("td", "state", f.state().label().vi()).close("tr");
        }
      }
    }
    h.open("tr", "sum").element("td", "id", "").element("td", null, "Cộng điểm các tiêu chí")
        .element("td", "num", Vietnamese.number(e.maxTotal())).element("td", "num", Vietnamese.number(criteriaSum(e)))
        .element("td", "state", "").close("tr");
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
          .open("td", "what").element("b", null, Vietnamese.kind(a.kind()) + ": ").text(a.title().vi()).close("td")
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

  private static void total(Html h, Evaluation e) {
    h.element("h2", null, "III. TỔNG ĐIỂM VÀ XẾP LOẠI");
    BigDecimal change = e.total().subtract(criteriaSum(e));
    h.open("p", null).text("Tổng điểm: ").element("b", null, Vietnamese.number(e.total()) + "/"
        + Vietnamese.number(e.maxTotal()) + " điểm").text(" (điểm các tiêu chí " + Vietnamese.number(criteriaSum(e))
        + ", điều chỉnh " + Vietnamese.signed(change) + ").").close("p");
    h.open("p", null).text("Xếp loại: ").element("b", "grade", Vietnamese.grade(e.grade()));
    if (e.bandGrade() != e.grade()) {
      h.text(" (theo thang điểm: " + Vietnamese.grade(e.bandGrade()) + "; xếp loại bị giới hạn do điều chỉnh nêu tại"
          + " mục II).");
    } else {
      h.text(".");
    }
    h.close("p");
  }

  static BigDecimal criteriaSum(Evaluation e) {
    return e.groups().stream().map(GroupResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
