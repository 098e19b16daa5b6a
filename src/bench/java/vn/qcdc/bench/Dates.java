package vn.qcdc.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Dates for synthetic records: working days (Monday to Friday) of one year, and simple date arithmetic. */
final class Dates {

  /** Action dates after this day would postdate the dossier's compilation (the example compiles on 20 January). */
  final LocalDate lastActionDay;
  private final List<LocalDate> workingDays;
  private final Random random;

  Dates(int year, Random random) {
    this.random = random;
    this.lastActionDay = LocalDate.of(year + 1, 1, 15);
    this.workingDays = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
        .filter(Dates::isWorkingDay).toList();
  }

  /** A working day of the year, uniformly drawn. */
  LocalDate anyWorkingDay() {
    return workingDays.get(random.nextInt(workingDays.size()));
  }

  /** The {@code n}-th working day after {@code from} (weekends skipped, public holidays ignored). */
  static LocalDate plusWorkingDays(LocalDate from, int n) {
    LocalDate d = from;
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /** {@code date}, or {@code null} when it falls after the dossier was compiled (the action has not happened). */
  String ifHappened(LocalDate date) {
    return date == null || date.isAfter(lastActionDay) ? null : date.toString();
  }

  int between(int fromInclusive, int toInclusive) {
    return fromInclusive + random.nextInt(toInclusive - fromInclusive + 1);
  }

  /** A number drawn uniformly from [0, 1). */
  double uniform() {
    return random.nextDouble();
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  static boolean isWorkingDay(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
