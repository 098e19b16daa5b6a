package vn.qcdc.evaluation;

import java.util.ArrayList;
import java.util.List;
import vn.qcdc.rulebase.Text;

/**
 * The lines that explain one part, in both languages: its note, then how many checks were met and each unmet check
 * of the year ("– " and its sentence). The finding's explanation is made of these lines, and a report that prints a
 * finding line by line takes them from here, never by cutting the explanation's text apart.
 */
public final class PartExplanation {

  /** Unmet checks listed in full; the rest are counted. */
  static final int MAX_LISTED = 8;

  private PartExplanation() {}

  public static List<Text> lines(PartResult p) {
    List<Text> lines = new ArrayList<>();
    String prefix = p.id().isEmpty() ? "" : "(" + p.id() + ") ";
    if (p.note() != null) {
      lines.add(Text.of(prefix + p.note().vi(), prefix + p.note().en()));
    }
    if (p.state() == State.MISSING_EVIDENCE || p.state() == State.NOT_APPLICABLE) {
      return lines;
    }
    List<CheckResult> failed = p.checks().stream().filter(CheckResult::missed).toList();
    if (failed.isEmpty()) {
      lines.add(Text.of(prefix + "Đạt " + p.compliant() + "/" + p.applicable() + " trường hợp kiểm tra.",
          prefix + p.compliant() + " of " + p.applicable() + " checks met."));
      return lines;
    }
    lines.add(Text.of(prefix + "Đạt " + p.compliant() + "/" + p.applicable() + "; chưa đạt:",
        prefix + p.compliant() + " of " + p.applicable() + " met; not met:"));
    failed.stream().limit(MAX_LISTED).forEach(c -> lines.add(Text.of("– " + c.text().vi(), "– " + c.text().en())));
    if (failed.size() > MAX_LISTED) {
      lines.add(Text.of("– và " + (failed.size() - MAX_LISTED) + " trường hợp khác.",
          "– and " + (failed.size() - MAX_LISTED) + " more."));
    }
    return lines;
  }

  /** Whether a line lists an unmet check (or the count of those not listed). */
  public static boolean isCheck(Text line) {
    return line.vi().startsWith("– ");
  }
}
