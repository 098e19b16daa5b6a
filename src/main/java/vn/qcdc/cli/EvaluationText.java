package vn.qcdc.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.dossier.facts.Grade;
import vn.qcdc.evaluation.AdjustmentResult;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Finding;
import vn.qcdc.evaluation.GroupResult;
import vn.qcdc.rulebase.AdjustmentDefinition;

/**
 * The evaluation as a Vietnamese table for a 100-column terminal: header, one line per criterion with group
 * subtotals, the adjustments that fired, the total and grade, then the explanations of criteria below full points.
 */
public final class EvaluationText {

  static final int WIDTH = 100;
  private static final int ID = 8;
  private static final int POINTS = 13;
  private static final int STATE = 16;
  private static final int TITLE = WIDTH - ID - POINTS - STATE - 3;
  private static final String RULE = "─".repeat(WIDTH);
  private static final String DOUBLE_RULE = "═".repeat(WIDTH);

  private EvaluationText() {}

  public static String render(Evaluation e) {
    List<String> out = new ArrayList<>();
    out.add(DOUBLE_RULE);
    out.add("KẾT QUẢ ĐÁNH GIÁ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ VÀ DÂN VẬN CHÍNH QUYỀN");
    out.add("Xã: " + nfc(e.communeName()) + " (mã " + nfc(e.communeCode()) + ")    Năm: " + e.year());
    out.add("Bộ tiêu chí: " + nfc(e.profileId()) + " (mã băm " + shortHash(e.ruleSetHash()) + ")    Hồ sơ: mã băm "
        + shortHash(e.dossierHash()));
    out.add(DOUBLE_RULE);
    out.add(row("Mã", "Tiêu chí", "Điểm/Tối đa", "Trạng thái"));
    out.add(RULE);
    for (GroupResult g : e.groups()) {
      out.add(fit(nfc(g.id()) + ". " + nfc(g.title().vi()).toUpperCase(java.util.Locale.forLanguageTag("vi")), WIDTH));
      List<Finding> inGroup = e.findings().stream().filter(f -> f.group().equals(g.id())).toList();
      if (inGroup.isEmpty()) {
        out.add(row("", "(nhóm chưa có tiêu chí)", "", ""));
      }
      for (Finding f : inGroup) {
        out.add(row(nfc(f.criterion()), nfc(f.title().vi()), of(f.points(), f.maxPoints()), f.state().label().vi()));
      }
      out.add(row("", "Cộng nhóm " + nfc(g.id()), of(g.points(), g.maxPoints()), ""));
      out.add(RULE);
    }
    List<AdjustmentResult> fired = e.adjustments().stream().filter(AdjustmentResult::fired).toList();
    if (!fired.isEmpty()) {
      out.add("Điều chỉnh đã áp dụng:");
      for (AdjustmentResult a : fired) {
        String effect = switch (a.kind()) {
          case DEDUCTION, BONUS -> signed(a.points()) + " điểm";
          case GRADE_CAP -> "xếp loại tối đa " + grade(a.gradeCap());
          case INELIGIBLE -> "không đủ điều kiện xếp loại";
        };
        if (a.kind() != AdjustmentDefinition.Kind.GRADE_CAP && a.gradeCap() != null) {
          effect += ", xếp loại tối đa " + grade(a.gradeCap());
        }
        out.addAll(wrap(nfc(a.id()) + " " + kind(a.kind()) + " (" + effect + "): " + nfc(a.reason().vi()), "  ", "    "));
      }
      out.add(RULE);
    }
    out.add(String.format("%-" + (ID + 1 + TITLE) + "s %" + POINTS + "s", "Tổng điểm", of(e.total(), e.maxTotal())));
    String gradeLine = "Xếp loại: " + grade(e.grade());
    if (e.bandGrade() != e.grade()) {
      gradeLine += " (theo thang điểm: " + grade(e.bandGrade()) + ")";
    }
    out.add(gradeLine);
    out.add(DOUBLE_RULE);

    List<Finding> below = e.findings().stream().filter(f -> f.points().compareTo(f.maxPoints()) < 0).toList();
    if (!below.isEmpty()) {
      out.add("");
      out.add("GIẢI THÍCH CÁC TIÊU CHÍ CHƯA ĐẠT ĐIỂM TỐI ĐA");
      for (Finding f : below) {
        out.add("");
        explanation(out, f);
      }
    }
    if (!e.dossierWarnings().isEmpty()) {
      out.add("");
      out.add("CẢNH BÁO VỀ HỒ SƠ (không ảnh hưởng điểm)");
      for (DossierProblem w : e.dossierWarnings()) {
        out.addAll(wrap("– " + nfc(w.path()) + ": " + nfc(w.message()), "", "  "));
      }
    }
    return String.join(System.lineSeparator(), out) + System.lineSeparator();
  }

  /** The Vietnamese name of a grade. */
  public static String grade(Grade g) {
    if (g == null) {
      return "—";
    }
    return switch (g) {
      case TOT -> "Tốt";
      case KHA -> "Khá";
      case TRUNG_BINH -> "Trung bình";
      case YEU -> "Yếu";
      case KHONG_XEP_LOAI -> "Không đủ điều kiện xếp loại";
    };
  }

  /**
   * The finding's Vietnamese explanation, one paragraph per part and per unmet check: the engine writes it as one
   * line, in which parts start with "(a) ", unmet checks with "– " and the legal basis with "Căn cứ: ".
   */
  private static void explanation(List<String> out, Finding f) {
    StringBuilder markers = new StringBuilder("(?= – )|(?= Căn cứ: )");
    f.parts().stream().map(p -> p.id()).filter(id -> !id.isEmpty())
        .forEach(id -> markers.append("|(?= \\(").append(Pattern.quote(id)).append("\\) )"));
    String[] segments = nfc(f.explanation().vi()).split(markers.toString());
    out.addAll(wrap(nfc(f.criterion()) + " " + segments[0], "", "  "));
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i].trim();
      if (segment.startsWith("–")) {
        out.addAll(wrap(segment, "    ", "      "));
      } else {
        out.addAll(wrap(segment, "  ", "    "));
      }
    }
  }

  private static String kind(AdjustmentDefinition.Kind k) {
    return switch (k) {
      case DEDUCTION -> "khấu trừ";
      case BONUS -> "điểm thưởng";
      case GRADE_CAP -> "giới hạn xếp loại";
      case INELIGIBLE -> "không xếp loại";
    };
  }

  private static String row(String id, String title, String points, String state) {
    return String.format("%-" + ID + "s %-" + TITLE + "s %" + POINTS + "s  %s", id, fit(title, TITLE), points, state)
        .stripTrailing();
  }

  private static String of(BigDecimal points, BigDecimal max) {
    return two(points) + "/" + two(max);
  }

  private static String two(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String signed(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + two(v);
  }

  private static String shortHash(String hash) {
    return hash == null ? "—" : hash.substring(0, Math.min(12, hash.length()));
  }

  /**
   * Text from the dossier or the rule set as it may appear in the table: precomposed Vietnamese, so that one
   * character is one column, and on one line without control or bidi characters ({@link TerminalText#inline}), so
   * that a commune name cannot move the cursor, clear the screen or reorder what the auditor reads.
   */
  static String nfc(String s) {
    return s == null ? "" : TerminalText.inline(Normalizer.normalize(s, Normalizer.Form.NFC));
  }

  /** The text cut to {@code width} columns, with an ellipsis when it was longer. */
  static String fit(String s, int width) {
    if (s.codePointCount(0, s.length()) <= width) {
      return s;
    }
    int end = s.offsetByCodePoints(0, width - 1);
    return s.substring(0, end).stripTrailing() + "…";
  }

  /** Word-wraps one paragraph to the terminal width. */
  static List<String> wrap(String text, String firstIndent, String indent) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(firstIndent);
    int prefix = firstIndent.length();
    for (String word : text.trim().split("\\s+")) {
      int len = line.codePointCount(0, line.length());
      if (len > prefix && len + 1 + word.codePointCount(0, word.length()) > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(indent);
        prefix = indent.length();
      } else if (len > prefix) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
