package vn.qcdc.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import vn.qcdc.dossier.facts.Grade;
import vn.qcdc.dossier.facts.UnitLevel;
import vn.qcdc.evaluation.AdjustmentResult;
import vn.qcdc.i18n.BundleMessages;
import vn.qcdc.i18n.Message;
import vn.qcdc.rulebase.AdjustmentDefinition;
import vn.qcdc.rulebase.Text;

/**
 * The words of one report in its language, Vietnamese (the official document) or English: labels and sentences from
 * the {@code messages-report} bundle, the side of a rule's {@link Text}, grades and adjustment kinds by their labels,
 * numbers with a decimal comma or point, and the place-and-date line.
 */
final class Wording {

  static final Wording VIETNAMESE = new Wording(Message.VIETNAMESE);
  static final Wording ENGLISH = new Wording(Locale.ENGLISH);

  private final Locale locale;

  private Wording(Locale locale) {
    this.locale = locale;
  }

  /** English when {@code locale} asks for it; Vietnamese otherwise (no locale, or any other language). */
  static Wording of(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
  }

  Locale locale() {
    return locale;
  }

  boolean english() {
    return this == ENGLISH;
  }

  /** The bundle's text for {@code key} with its arguments, in this report's language. */
  String say(String key, Object... args) {
    return Message.of(key, args).in(locale);
  }

  /** A rule's text in this report's language; the Vietnamese when the rule gives no English. */
  String pick(Text text) {
    if (text == null) {
      return "";
    }
    return english() && text.en() != null && !text.en().isBlank() ? text.en() : text.vi();
  }

  String lowerCase(String s) {
    return s.toLowerCase(locale);
  }

  String grade(Grade g) {
    return g == null ? "—" : say("report.grade." + g.name());
  }

  String kind(AdjustmentDefinition.Kind k) {
    return say("report.kind." + k.name());
  }

  /** What an adjustment did: signed points, the grade it caps to, or ineligibility. */
  String effect(AdjustmentResult a) {
    String points = a.kind() == AdjustmentDefinition.Kind.DEDUCTION || a.kind() == AdjustmentDefinition.Kind.BONUS
        ? say("report.effect.points", signed(a.points())) : "";
    String cap = a.gradeCap() == null ? "" : say("report.effect.cap", grade(a.gradeCap()));
    if (a.kind() == AdjustmentDefinition.Kind.INELIGIBLE) {
      cap = say("report.effect.ineligible");
    }
    return points.isEmpty() || cap.isEmpty() ? points + cap : points + "; " + cap;
  }

  /** Two decimals, with a decimal comma in Vietnamese (76,74) and a point in English (76.74). */
  String number(BigDecimal v) {
    return v == null ? "—" : BundleMessages.number(v.setScale(2, RoundingMode.HALF_UP), locale);
  }

  /** Signed, with a true minus sign for deductions: +1,00, −2,00, 0,00. */
  String signed(BigDecimal v) {
    String n = number(v.abs());
    return v.signum() > 0 ? "+" + n : v.signum() < 0 ? "−" + n : n;
  }

  /**
   * The place-and-date line. In Vietnamese as Nghị định 30/2020/NĐ-CP writes it: days below 10 and months below 3 take
   * a leading zero, e.g. "Chí Minh, ngày 05 tháng 02 năm 2026"; in English "Chí Minh, 05/02/2026".
   */
  String placeAndDate(String place, LocalDate date) {
    String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
    String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
    return say("report.doc.placeAndDate", place, day, month, String.valueOf(date.getYear()), date);
  }

  /** The level in lower case, as in running text: "xã", "phường" (English "commune", "ward"). */
  String level(UnitLevel level) {
    return say("report.level." + level.name());
  }

  /** The second line of the issuing body, e.g. "XÃ CHÍ MINH" ("CHÍ MINH COMMUNE"). */
  String agencyLine(Issuer issuer) {
    return say("report.issuer.agency", level(issuer.level()), issuer.communeName()).toUpperCase(locale);
  }

  /** The committee in running text, e.g. "Ủy ban nhân dân xã Chí Minh" ("People's Committee of Chí Minh commune"). */
  String committee(Issuer issuer) {
    return say("report.issuer.committee", level(issuer.level()), issuer.communeName());
  }
}
