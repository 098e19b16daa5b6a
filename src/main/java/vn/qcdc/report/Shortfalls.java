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

  static void write(Html h, AppraisedResult r) {
    h.element("h2", null, "IV. CÁC TIÊU CHÍ CHƯA ĐẠT ĐIỂM TỐI ĐA");
    List<Finding> below = r.engine().findings().stream().filter(f -> r.points(f).compareTo(f.maxPoints()) < 0)
        .toList();
    if (below.isEmpty()) {
      h.element("p", null, "Tất cả các tiêu chí đều đạt điểm tối đa.");
      return;
    }
    int n = 0;
    for (Finding f : below) {
      n++;
      h.open("div", "shortfall");
      h.open("p", "criterion").element("b", null, n + ". " + f.criterion() + " – " + f.title().vi())
          .text(" (" + Vietnamese.number(f.points()) + "/" + Vietnamese.number(f.maxPoints()) + " điểm, "
              + f.state().label().vi().toLowerCase(java.util.Locale.forLanguageTag("vi")) + ").")
          .close("p");
      r.appraisal(f.criterion()).ifPresent(a -> h.element("p", "part", "Điểm thẩm định: "
          + Vietnamese.number(a.points()) + " điểm (" + a.appraisedBy() + "): " + a.reason()));
      for (PartResult p : f.parts()) {
        for (Text line : PartExplanation.lines(p)) {
          h.element("p", PartExplanation.isCheck(line) ? "check" : "part", line.vi());
        }
      }
      for (String warning : f.warnings()) {
        h.element("p", "part", "Lưu ý: " + warning);
      }
      h.open("p", "basis").element("i", null, "Căn cứ pháp lý: " + f.legalBasis()).close("p");
      h.close("div");
    }
  }
}
