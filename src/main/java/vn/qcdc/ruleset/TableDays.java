package vn.qcdc.ruleset;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import vn.qcdc.rulebase.DatedConstant;
import vn.qcdc.web.PageFormats;

/**
 * The days of parameters.yaml as the pages show and read them: the file keeps ISO dates (yyyy-MM-dd, what legal staff
 * read in the editor and the loader reads), the table shows dd/MM/yyyy and reads a typed day with the pages' one date
 * parser (dd/MM/yyyy, or yyyy-MM-dd as a browser's date input sends it).
 */
final class TableDays {

  private TableDays() {}

  /** The ISO day as the pages write it; what is not a day is shown as written. */
  static String shown(String iso) {
    return iso(iso).map(PageFormats::date).orElse(iso == null ? "" : iso);
  }

  /** A value as shown: a DATE value as a day; others as written. */
  static String shownValue(String unit, String value) {
    return DatedConstant.Unit.DATE.name().equals(unit) ? shown(value) : value;
  }

  /** The day typed, or empty when it is not one. */
  static Optional<LocalDate> typed(String text) {
    try {
      return Optional.of(PageFormats.parseDate(text));
    } catch (ParseException e) {
      return Optional.empty();
    }
  }

  /** A typed value as the file keeps it: a DATE typed as a day becomes ISO; others, and what is not a day, as typed. */
  static String written(DatedConstant.Unit unit, String typed) {
    return unit == DatedConstant.Unit.DATE ? typed(typed).map(LocalDate::toString).orElse(typed) : typed;
  }

  /** The ISO day, or empty. */
  static Optional<LocalDate> iso(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
