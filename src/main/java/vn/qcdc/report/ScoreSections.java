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

  static void write(Html h, AppraisedResult r, Wording w) {
    criteria(h, r, w);
    adjustments(h, r.engine(), w);
    total(h, r, w);
  }

  private static void criteria(Html h, AppraisedResult r, Wording w) {
    Evaluation e = r.engine();
    h.element("h2", null, w.say("report.scores.heading"));
    h.open("table", "scores").raw("<thead><tr>").element("th", "id", w.say("report.col.code"))
        .element("th", null, w.say("report.col.criterion")).element("th", "num", w.say("report.col.max"))
        .element("th", "num", w.say("report.col.engine")).element("th", "num", w.say("report.col.appraised"))
        .element("th", "state", w.say("report.col.result")).raw("</tr></thead><tbody>");
    for (int i = 0; i < e.groups().size(); i++) {
      GroupResult g = e.groups().get(i);
      h.open("tr", "group").element("td", "id", g.id()).element("td", null, w.pick(g.title()))
          .element("td", "num", w.number(g.maxPoints())).element("td", "num", w.number(g.points()))
          .element("td", "num", w.number(r.groups().get(i).points())).element("td", "state", "")
          .close("tr");
      for (Finding f : e.findings()) {
        if (f.group().equals(g.id())) {
          h.open("tr", null).element("td", "id", f.criterion()).element("td", null, w.pick(f.title()))
              .element("td", "num", w.number(f.maxPoints()))
              .element("td", "num", w.number(f.points()))
              .element("td", "num", w.number(r.points(f)))
              .element("td", "state", w.pick(f.state().label())).close("tr");
        }
      }
    }
    h.open("tr", "sum").element("td", "id", "").element("td", null, w.say("report.scores.sum"))
        .element("td", "num", w.number(e.maxTotal())).element("td", "num", w.number(e.groupSum()))
        .element("td", "num", w.number(r.groupSum())).element("td", "state", "").close("tr");
    h.raw("</tbody>").close("table");
  }

  private static void adjustments(Html h, Evaluation e, Wording w) {
    h.element("h2", null, w.say("report.adjustments.heading"));
    List<AdjustmentResult> fired = e.adjustments().stream().filter(AdjustmentResult::fired).toList();
    if (fired.isEmpty()) {
      h.element("p", null, w.say("report.adjustments.none"));
      return;
    }
    h.open("table", "adjustments").raw("<thead><tr>").element("th", "id", w.say("report.col.code"))
        .element("th", "what", w.say("report.col.what")).element("th", "effect", w.say("report.col.effect"))
        .element("th", null, w.say("report.col.reason")).raw("</tr></thead><tbody>");
    for (AdjustmentResult a : fired) {
      h.open("tr", null).element("td", "id", a.id())
          .open("td", "what").element("b", null, w.kind(a.kind()) + ": ")
          .text(a.title() == null ? a.id() : w.pick(a.title())).close("td")
          .element("td", "effect", w.effect(a)).open("td", null).text(w.pick(a.reason()));
      if (a.legalBasis() != null && !a.legalBasis().isBlank()) {
        h.raw("<br/>").element("i", null, w.say("report.adjustments.basis", a.legalBasis()));
      }
      h.close("td").close("tr");
    }
    h.raw("</tbody>").close("table");
    List<String> quiet = e.adjustments().stream().filter(a -> !a.fired()).map(AdjustmentResult::id).toList();
    if (!quiet.isEmpty()) {
      h.element("p", "after-table", w.say("report.adjustments.quiet", String.join(", ", quiet)));
    }
  }

  private static void total(Html h, AppraisedResult r, Wording w) {
    Evaluation e = r.engine();
    h.element("h2", null, w.say("report.total.heading"));
    BigDecimal change = r.total().subtract(r.groupSum());
    h.open("p", null).text(w.say("report.total.label") + " ")
        .element("b", null, w.say("report.total.points", w.number(r.total()), w.number(e.maxTotal())))
        .text(" " + w.say("report.total.detail", w.number(r.groupSum()), w.signed(change))).close("p");
    if (r.appraised()) {
      h.element("p", null, w.say("report.total.appraised", w.number(e.total()), w.grade(e.grade()),
          String.join("; ", r.appraisals().stream()
              .map(a -> w.say("report.total.appraisal", a.criterion(), w.number(a.points()), a.reason())).toList())));
    }
    h.open("p", null).text(w.say("report.total.grade") + " ").element("b", "grade", w.grade(r.grade()));
    if (r.bandGrade() != r.grade()) {
      h.text(" " + w.say("report.total.capped", w.grade(r.bandGrade())));
    } else {
      h.text(".");
    }
    h.close("p");
  }
}
