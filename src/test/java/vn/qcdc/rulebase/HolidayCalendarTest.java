package vn.qcdc.rulebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic with the shipped holiday calendar (profile §3.5, §3.6 and the worked example §16). */
class HolidayCalendarTest {

  static HolidayCalendar calendar;

  @BeforeAll
  static void readShippedCalendar() {
    Path rules = Path.of("rules");
    java.util.List<RuleSetProblem> problems = new java.util.ArrayList<>();
    calendar = HolidaysReader.read(rules, rules.resolve("holidays.yaml"), problems);
    assertThat(problems).isEmpty();
  }

  @Test
  void theTriggerDayIsNeverCounted() {
    assertThat(calendar.workingDaysAfter(LocalDate.of(2025, 3, 24), 3)).isEqualTo(LocalDate.of(2025, 3, 27));
  }

  @Test
  void weekendsAreSkipped() {
    assertThat(calendar.workingDaysAfter(LocalDate.of(2025, 6, 13), 3)).isEqualTo(LocalDate.of(2025, 6, 18));
    assertThat(calendar.workingDaysAfter(LocalDate.of(2025, 9, 19), 5)).isEqualTo(LocalDate.of(2025, 9, 26));
  }

  @Test
  void holidaysAndSwappedDaysAreSkipped() {
    assertThat(calendar.workingDaysAfter(LocalDate.of(2025, 5, 5), 10)).isEqualTo(LocalDate.of(2025, 5, 19));
    assertThat(calendar.workingDaysAfter(LocalDate.of(2025, 4, 28), 1)).isEqualTo(LocalDate.of(2025, 4, 29));
    assertThat(calendar.workingDaysAfter(LocalDate.of(2025, 4, 29), 1)).isEqualTo(LocalDate.of(2025, 5, 5));
  }

  @Test
  void theWholeTetWeekOf2025HasNoWorkingDay() {
    for (LocalDate d = LocalDate.of(2025, 1, 27); d.isBefore(LocalDate.of(2025, 2, 3)); d = d.plusDays(1)) {
      assertThat(calendar.isWorkingDay(d)).as(d.toString()).isFalse();
    }
  }

  @Test
  void aTriggerOnANonWorkingDayStartsCountingFromTheNextWorkingDay() {
    assertThat(calendar.workingDaysAfter(LocalDate.of(2025, 1, 25), 1)).isEqualTo(LocalDate.of(2025, 2, 3));
  }
}
