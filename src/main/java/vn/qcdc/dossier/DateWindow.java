package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Every date of a dossier lies near its period: from 1 January fifty years before the period year (regulations, village
 * conventions and evidence documents of long standing) to 31 December five years after it (answers and decisions
 * recorded late). A date outside is a typing mistake ({@code 1025} for {@code 2025}, {@code 0001-01-01}); read as
 * given it would silently count a record as centuries late and make every working-day count run for centuries.
 */
final class DateWindow {

  static final int YEARS_BEFORE = 50;
  static final int YEARS_AFTER = 5;
  private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  /** The period year, or -1 when the dossier has no usable one (the schema reports it) and no date is checked. */
  private final int year;
  private final LocalDate first;
  private final LocalDate last;

  /** {@code year}: the value of {@code period.year}, missing if absent. */
  DateWindow(JsonNode year) {
    boolean usable = year.isIntegralNumber() && year.canConvertToInt() && year.intValue() >= 1 + YEARS_BEFORE
        && year.intValue() <= 9999 - YEARS_AFTER;
    this.year = usable ? year.intValue() : -1;
    first = usable ? LocalDate.of(this.year - YEARS_BEFORE, 1, 1) : null;
    last = usable ? LocalDate.of(this.year + YEARS_AFTER, 12, 31) : null;
  }

  /** Checks the dates of one piece of the dossier (a top-level member, a record) walked from its schema step. */
  void check(SchemaWalk.Step step, JsonNode piece, JsonPaths.At at, ProblemList problems) {
    if (year < 0) {
      return;
    }
    SchemaWalk.walk(step, piece, at, (rule, definition, value, path) -> {
      LocalDate date = "date".equals(definition) ? DateValues.of(value) : null;
      if (date != null && (date.isBefore(first) || date.isAfter(last))) {
        problems.add(path.toString(), "ngày " + date.format(VIETNAMESE) + " nằm quá xa kỳ đánh giá năm " + year
            + ": chỉ nhận ngày từ " + first.format(VIETNAMESE) + " đến " + last.format(VIETNAMESE) + " (date " + date
            + " is too far from the period year; dates from " + first + " to " + last + " are accepted)");
      }
      return true;
    });
  }
}
