package vn.qcdc.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.qcdc.rulebase.Criterion;
import vn.qcdc.rulebase.Text;

/**
 * Writes a finding's explanation in plain Vietnamese and English: its points and state, each part's lines
 * ({@link PartExplanation}), and the legal bases cited for the period.
 */
final class Explainer {

  private Explainer() {}

  /**
   * {@code title} is the criterion's title with the values in force for the period; {@code legalBasis} is what the
   * finding cites for its period (Vietnamese and English), or null.
   */
  static Text explain(Criterion c, Text title, BigDecimal points, State state, List<PartResult> parts, Text legalBasis) {
    List<String> vi = new ArrayList<>();
    List<String> en = new ArrayList<>();
    vi.add(title.vi() + ": " + vietnamese(points) + "/" + vietnamese(c.maxPoints()) + " điểm (" + state.label().vi()
        + ").");
    en.add(title.en() + ": " + plain(points) + "/" + plain(c.maxPoints()) + " points (" + state.label().en()
        + ").");
    for (PartResult p : parts) {
      for (Text line : PartExplanation.lines(p)) {
        vi.add(line.vi());
        en.add(line.en());
      }
    }
    if (legalBasis != null) {
      vi.add("Căn cứ: " + legalBasis.vi() + ".");
      en.add("Legal basis: " + legalBasis.en() + ".");
    }
    return Text.of(String.join(" ", vi), String.join(" ", en));
  }

  static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  /** As Vietnamese writes a number: a decimal comma ("1,5/3 điểm"). */
  static String vietnamese(BigDecimal v) {
    return plain(v).replace('.', ',');
  }
}
