package vn.qcdc.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.format.Formatter;
import vn.qcdc.i18n.BundleMessages;
import vn.qcdc.workbook.TypedText;

/**
 * The one formatter and parser of the numbers and dates people see and type on pages: a decimal comma on Vietnamese
 * pages and a point on English ones, dates as dd/MM/yyyy, never a grouped year; typed {@code 0,5} and {@code 0.5} are
 * both 0.5 (parsing is {@link TypedText}'s, as in the workbook). Registered as the pages' conversion service
 * formatters, so templates write {@code ${{value}}} and {@code @RequestParam BigDecimal} reads either separator.
 */
public final class PageFormats {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private PageFormats() {}

  /** A decimal as the page's language writes it, without grouping: {@code 76,74} in Vietnamese, {@code 76.74} else. */
  public static String number(BigDecimal value, Locale locale) {
    return BundleMessages.number(value, locale);
  }

  /** A change of points with its sign ({@code +1,50}, {@code −2,00}), or an em dash for none. */
  public static String signed(BigDecimal value, Locale locale) {
    if (value == null || value.signum() == 0) {
      return "—";
    }
    return (value.signum() > 0 ? "+" : "−") + number(value.abs(), locale);
  }

  /** The number typed, with a decimal comma or point; never a comma read as a thousands separator of a small number. */
  public static BigDecimal parseNumber(String text) throws ParseException {
    String trimmed = text == null ? "" : text.strip().replace('\u00a0', ' ');
    return TypedText.decimal(trimmed).orElseThrow(() -> new ParseException(trimmed, 0));
  }

  public static String date(LocalDate date) {
    return BundleMessages.date(date);
  }

  /** A date typed as dd/MM/yyyy (or yyyy-MM-dd, as the browser's date inputs send it). */
  public static LocalDate parseDate(String text) throws ParseException {
    String trimmed = text == null ? "" : text.strip();
    try {
      return TypedText.date(trimmed).orElseThrow(() -> new ParseException(trimmed, 0));
    } catch (TypedText.Impossible e) {
      throw new ParseException(trimmed, 0);
    }
  }

  /** The formatter of decimals for the conversion service. */
  static final class Numbers implements Formatter<BigDecimal> {
    @Override
    public String print(BigDecimal value, Locale locale) {
      return number(value, locale);
    }

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
      return parseNumber(text);
    }
  }

  /** The formatter of dates for the conversion service. */
  static final class Dates implements Formatter<LocalDate> {
    @Override
    public String print(LocalDate value, Locale locale) {
      return date(value);
    }

    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
      return parseDate(text);
    }
  }
}
