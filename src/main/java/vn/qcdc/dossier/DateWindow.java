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

  private final SchemaWalk walk;

  DateWindow(SchemaWalk walk) {
    this.walk = walk;
  }

  void check(JsonNode dossier, ProblemList problems) {
    JsonNode year = dossier.at("/period/year");
    if (!year.isIntegralNumber() || !year.canConvertToInt() || year.intValue() < 1 + YEARS_BEFORE
        || year.intValue() > 9999 - YEARS_AFTER) {
      return; // the schema reports a missing or impossible period year
    }
    LocalDate first = LocalDate.of(year.intValue() - YEARS_BEFORE, 1, 1);
    LocalDate last = LocalDate.of(year.intValue() + YEARS_AFTER, 12, 31);
    walk.walk(dossier, (rule, definition, value, path) -> {
      LocalDate date = "date".equals(definition) ? DateValues.of(value) : null;
      if (date != null && (date.isBefore(first) || date.isAfter(last))) {
        problems.add(path.toString(), "ngày " + date.format(VIETNAMESE) + " nằm quá xa kỳ đánh giá năm " + year.intValue()
            + ": chỉ nhận ngày từ " + first.format(VIETNAMESE) + " đến " + last.format(VIETNAMESE) + " (date " + date
            + " is too far from the period year; dates from " + first + " to " + last + " are accepted)");
      }
      return true;
    });
  }
}
