package vn.qcdc.i18n;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A count written for people with its thousands grouped as the reader's language groups them: {@code 1.000.000} in
 * Vietnamese, {@code 1,000,000} in English. A plain number argument is never grouped (a year, a row number).
 */
public record Count(long value) {

  private static final Locale VIETNAM = Locale.forLanguageTag("vi-VN");

  public static Count of(long value) {
    return new Count(value);
  }

  /** The count in {@code locale}'s language (Vietnamese unless English). */
  public String in(Locale locale) {
    boolean english = locale != null && "en".equals(locale.getLanguage());
    return NumberFormat.getIntegerInstance(english ? Locale.ENGLISH : VIETNAM).format(value);
  }

  @Override
  public String toString() {
    return in(VIETNAM);
  }
}
