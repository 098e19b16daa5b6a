package vn.qcdc.ruleapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.qcdc.rulebase.DatedConstant;
import vn.qcdc.rulebase.DatedConstant.Unit;
import vn.qcdc.rulebase.HolidayCalendar;
import vn.qcdc.rulebase.Parameters;
import vn.qcdc.rulebase.Source;
import vn.qcdc.rulebase.Text;

/** A time limit whose value and unit change on a date: each trigger gets the limit in force, named with its law. */
class DatedTimeLimitTest {

  private static final DatedConstant ACCEPTANCE = new DatedConstant("K27", Text.of("Thụ lý", "Acceptance"),
      "Luật Khiếu nại 02/2011/QH13 Điều 27", List.of(
          new DatedConstant.Value(LocalDate.of(2012, 7, 1), "10", Unit.DAYS, "Luật Khiếu nại 02/2011/QH13"),
          new DatedConstant.Value(LocalDate.of(2026, 7, 1), "7", Unit.WORKING_DAYS, "Nghị định 155/2026/NĐ-CP")),
      null, null, new Source("parameters.yaml", 1));
  private static final DatedConstant UNNAMED = new DatedConstant("K99", Text.of("", ""), null,
      List.of(new DatedConstant.Value(LocalDate.of(2020, 1, 1), "5", Unit.WORKING_DAYS, null)), null, null,
      new Source("parameters.yaml", 9));
  private static final HolidayCalendar CALENDAR = new HolidayCalendar(Map.of(
      LocalDate.of(2026, 8, 31), "Quốc khánh", LocalDate.of(2026, 9, 1), "Quốc khánh",
      LocalDate.of(2026, 9, 2), "Quốc khánh"), Set.of(2026));

  private final Law law = new Law(2026, new Parameters(List.of(ACCEPTANCE, UNNAMED)), CALENDAR, List.of());

  @Test
  void aComplaintReceivedOnThirtiethOfJuneHasTenCalendarDays() {
    Deadline d = law.deadline("K27", LocalDate.of(2026, 6, 30));

    assertThat(d.date()).isEqualTo(LocalDate.of(2026, 7, 10));
    assertThat(d.unit()).isEqualTo(Unit.DAYS);
    assertThat(law.limit("K27", LocalDate.of(2026, 6, 30)))
        .isEqualTo(Text.of("10 ngày theo Luật Khiếu nại 02/2011/QH13", "10 days under Luật Khiếu nại 02/2011/QH13"));
  }

  @Test
  void aComplaintReceivedOnFirstOfJulyHasSevenWorkingDays() {
    Deadline d = law.deadline("K27", LocalDate.of(2026, 7, 1));

    assertThat(d.date()).isEqualTo(LocalDate.of(2026, 7, 10));
    assertThat(d.unit()).isEqualTo(Unit.WORKING_DAYS);
    assertThat(law.limit("K27", LocalDate.of(2026, 7, 1)).vi())
        .isEqualTo("7 ngày làm việc theo Nghị định 155/2026/NĐ-CP");
  }

  @Test
  void sevenWorkingDaysFromTheTwentyEighthOfAugustSkipTheNationalDayHolidays() {
    assertThat(law.deadline("K27", LocalDate.of(2026, 8, 28)).date()).isEqualTo(LocalDate.of(2026, 9, 11));
  }

  @Test
  void aReceiptOnSaturdayStartsCountingOnMonday() {
    assertThat(law.deadline("K27", LocalDate.of(2026, 7, 4)).date()).isEqualTo(LocalDate.of(2026, 7, 14));
  }

  @Test
  void aValueWithoutItsOwnBasisIsNamedByTheConstantsAndWithoutAnyByItsLengthAlone() {
    assertThat(law.limit("K99", LocalDate.of(2026, 1, 5))).isEqualTo(Text.of("5 ngày làm việc", "5 working days"));
  }
}
