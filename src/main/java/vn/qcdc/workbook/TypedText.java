package vn.qcdc.workbook;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values typed as text the way Vietnamese users write them: dates {@code 25/03/2025} (also {@code 25-3-2025},
 * {@code 25.3.2025}, {@code 2025-03-25}), months {@code 03/2025}, integers with dot-grouped thousands, decimal commas.
 * The one parser of typed numbers and dates: the workbook, the record forms and every page field (through
 * {@code vn.qcdc.web.PageFormats}) read people's entries with it, so {@code 0,5} is 0.5 everywhere.
 */
public final class TypedText {

  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern MONTH_FIRST = Pattern.compile("(?:tháng\\s*)?(\\d{1,2})[/.-](\\d{4})");
  private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
  /** Fewer than a long's 19, so that parsing never overflows. */
  private static final int MAX_INTEGER_DIGITS = 18;
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,])\\d{3}(\\1\\d{3})*");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+([.,]\\d+)?");
  private static final Pattern GROUPED_DECIMAL = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

  /** Thrown for a text of the right shape naming a day or month that does not exist (31/02/2025). */
  public static final class Impossible extends Exception {
    Impossible() {
      super(null, null, false, false);
    }
  }

  private TypedText() {}

  /** The date, empty when the text is not shaped like a date. */
  public static Optional<LocalDate> date(String text) throws Impossible {
    try {
      Matcher dayFirst = DAY_FIRST.matcher(text);
      if (dayFirst.matches()) {
        return Optional.of(LocalDate.of(group(dayFirst, 3), group(dayFirst, 2), group(dayFirst, 1)));
      }
      Matcher iso = ISO_DATE.matcher(text);
      if (iso.matches()) {
        return Optional.of(LocalDate.of(group(iso, 1), group(iso, 2), group(iso, 3)));
      }
      return Optional.empty();
    } catch (DateTimeException e) {
      throw new Impossible();
    }
  }

  /** The month, empty when the text is not shaped like a month; {@code text} is already in lower case. */
  static Optional<YearMonth> month(String text) throws Impossible {
    try {
      Matcher monthFirst = MONTH_FIRST.matcher(text);
      if (monthFirst.matches()) {
        return Optional.of(YearMonth.of(group(monthFirst, 2), group(monthFirst, 1)));
      }
      Matcher iso = ISO_MONTH.matcher(text);
      if (iso.matches()) {
        return Optional.of(YearMonth.of(group(iso, 1), group(iso, 2)));
      }
      return Optional.empty();
    } catch (DateTimeException e) {
      throw new Impossible();
    }
  }

  /**
   * The integer ({@code 1240}, {@code 1.240}, {@code +3}), empty when the text is not one or has more digits than a
   * long holds (the dossier's largest integer has seven).
   */
  public static Optional<Long> integer(String text) {
    String compact = text.replace(" ", "");
    String digits = null;
    if (INTEGER.matcher(compact).matches()) {
      digits = compact.replace("+", "");
    } else if (GROUPED.matcher(compact).matches()) {
      digits = compact.replace(".", "").replace(",", "");
    }
    return digits == null || digits.replace("-", "").length() > MAX_INTEGER_DIGITS ? Optional.empty()
        : Optional.of(Long.parseLong(digits));
  }

  /** The number ({@code 91,2}, {@code 91.2}, {@code 1.234,5}), empty when the text is not one. */
  public static Optional<BigDecimal> decimal(String text) {
    String compact = text.replace(" ", "").replace("+", "");
    if (DECIMAL.matcher(compact).matches()) {
      return Optional.of(new BigDecimal(compact.replace(',', '.')));
    }
    if (GROUPED_DECIMAL.matcher(compact).matches()) {
      return Optional.of(new BigDecimal(compact.replace(".", "").replace(',', '.')));
    }
    return Optional.empty();
  }

  /** Whether each piece between commas, semicolons or spaces is an integer a long holds. */
  static boolean isInteger(String token) {
    return INTEGER.matcher(token).matches() && token.replace("+", "").replace("-", "").length() <= MAX_INTEGER_DIGITS;
  }

  private static int group(Matcher matcher, int group) {
    return Integer.parseInt(matcher.group(group));
  }
}
