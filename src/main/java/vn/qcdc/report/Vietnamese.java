package vn.qcdc.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import vn.qcdc.dossier.facts.Grade;
import vn.qcdc.evaluation.AdjustmentResult;
import vn.qcdc.rulebase.AdjustmentDefinition;
import vn.qcdc.web.PageFormats;

/** The Vietnamese wording of the reports: grades, adjustment kinds, numbers with a decimal comma, dates. */
final class Vietnamese {

  private Vietnamese() {}

  /** Precomposed text (NFC): the font has a glyph for every precomposed Vietnamese letter. */
  static String nfc(String s) {
    return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  static String grade(Grade g) {
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

  static String kind(AdjustmentDefinition.Kind k) {
    return switch (k) {
      case DEDUCTION -> "Khấu trừ";
      case BONUS -> "Điểm thưởng";
      case GRADE_CAP -> "Giới hạn xếp loại";
      case INELIGIBLE -> "Không xếp loại";
    };
  }

  /** What an adjustment did: signed points, the grade it caps to, or ineligibility. */
  static String effect(AdjustmentResult a) {
    String points = a.kind() == AdjustmentDefinition.Kind.DEDUCTION || a.kind() == AdjustmentDefinition.Kind.BONUS
        ? signed(a.points()) + " điểm" : "";
    String cap = a.gradeCap() == null ? "" : "xếp loại tối đa " + grade(a.gradeCap());
    if (a.kind() == AdjustmentDefinition.Kind.INELIGIBLE) {
      cap = "không đủ điều kiện xếp loại";
    }
    return points.isEmpty() || cap.isEmpty() ? points + cap : points + "; " + cap;
  }

  /** Two decimals with a decimal comma, as Vietnamese documents write numbers: 76,74. */
  private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

  static String number(BigDecimal v) {
    return v == null ? "—" : PageFormats.number(v.setScale(2, RoundingMode.HALF_UP), VI);
  }

  /** Signed, with a true minus sign for deductions: +1,00, −2,00, 0,00. */
  static String signed(BigDecimal v) {
    String n = number(v.abs());
    return v.signum() > 0 ? "+" + n : v.signum() < 0 ? "−" + n : n;
  }

  /**
   * The place-and-date line of Nghị định 30/2020/NĐ-CP: days below 10 and months below 3 take a leading zero,
   * e.g. "Chí Minh, ngày 05 tháng 02 năm 2026".
   */
  static String placeAndDate(String place, LocalDate date) {
    String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
    String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
    return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
  }

  static String shortHash(String hash) {
    return hash == null ? "—" : hash.substring(0, Math.min(12, hash.length()));
  }
}
