package vn.qcdc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.qcdc.evaluation.Finding;
import vn.qcdc.evaluation.PartResult;

/**
 * A finding's Vietnamese explanation cut into the lines a reader needs. The engine writes it as one line that opens
 * with "title: points (state).", in which parts start with "(a) ", unmet checks with "– " and the legal basis with
 * "Căn cứ: "; the opening and the basis are dropped here because the report prints them separately.
 *
 * @param lines the remaining segments in order; unmet checks keep their leading dash
 */
record Explanation(List<String> lines) {

  static Explanation of(Finding f) {
    StringBuilder markers = new StringBuilder("(?= – )|(?= Căn cứ: )");
    for (PartResult p : f.parts()) {
      if (!p.id().isEmpty()) {
        markers.append("|(?= \\(").append(Pattern.quote(p.id())).append("\\) )");
      }
    }
    String text = Vietnamese.nfc(f.explanation().vi());
    String opening = Pattern.quote(Vietnamese.nfc(f.title().vi())) + ": [^()]*\\([^)]*\\)\\.\\s*";
    text = text.replaceFirst("^" + opening, "");
    List<String> lines = new ArrayList<>();
    for (String segment : text.split(markers.toString())) {
      String s = segment.strip();
      if (!s.isEmpty() && !s.startsWith("Căn cứ: ")) {
        lines.add(s);
      }
    }
    return new Explanation(List.copyOf(lines));
  }
}
