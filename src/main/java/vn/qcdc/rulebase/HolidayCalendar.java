package vn.qcdc.rulebase;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Working days: Monday to Friday, except the weekdays off listed in the rule set's holiday calendar.
 * Saturdays and Sundays are never working days (profile §3.5).
 */
public final class HolidayCalendar {

  private final Map<LocalDate, String> daysOff;
  private final Set<Integer> years;

  public HolidayCalendar(Map<LocalDate, String> daysOff, Set<Integer> years) {
    this.daysOff = Map.copyOf(daysOff);
    this.years = Set.copyOf(years);
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !daysOff.containsKey(date);
  }

  /** The n-th working day after {@code trigger}; the trigger itself is never counted. */
  public LocalDate workingDaysAfter(LocalDate trigger, int n) {
    LocalDate d = trigger;
    int counted = 0;
    while (counted < n) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  /** Working days strictly after {@code from} up to and including {@code to} (0 if {@code to} is not later). */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  public boolean covers(int year) {
    return years.contains(year);
  }

  public Map<LocalDate, String> daysOff() {
    return daysOff;
  }
}
