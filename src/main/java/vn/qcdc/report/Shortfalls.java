package vn.qcdc.report;

import java.util.List;
import vn.qcdc.evaluation.Finding;
import vn.qcdc.evaluation.PartExplanation;
import vn.qcdc.evaluation.PartResult;
import vn.qcdc.review.AppraisedResult;
import vn.qcdc.rulebase.Text;

/**
 * Section IV of the report: each criterion below full points after appraisal, why (the engine's lines and the
 * appraisal's reason), and the legal basis it was judged against.
 */
final class Shortfalls {

  private Shortfalls() {}

  static void write(Html h, AppraisedResult r, Wording w) {
    h.element("h2", null, w.say("report.shortfalls.heading"));
    List<Finding> below = r.engine().findings().stream().filter(f -> r.points(f).compareTo(f.maxPoints()) < 0)
        .toList();
    if (below.isEmpty()) {
      h.element("p", null, w.say("report.shortfalls.none"));
      return;
    }
    int n = 0;
    for (Finding f : below) {
      n++;
      h.open("div", "shortfall");
      h.open("p", "criterion").element("b", null, n + ". " + f.criterion() + " – " + w.pick(f.title()))
          .text(" " + w.say("report.shortfalls.points", w.number(f.points()), w.number(f.maxPoints()),
              w.lowerCase(w.pick(f.state().label()))))
          .close("p");
      r.appraisal(f.criterion()).ifPresent(a -> h.element("p", "part", w.say("report.shortfalls.appraised",
          w.number(a.points()), a.appraisedBy(), a.reason())));
      for (PartResult p : f.parts()) {
        for (Text line : PartExplanation.lines(p)) {
          h.element("p", PartExplanation.isCheck(line) ? "check" : "part", w.pick(line));
        }
      }
      for (String warning : f.warnings()) {
        h.element("p", "part", w.say("report.shortfalls.warning", warning));
      }
      h.open("p", "basis").element("i", null, w.say("report.shortfalls.basis", f.legalBasis())).close("p");
      h.close("div");
    }
  }
}
