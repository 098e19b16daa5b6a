package vn.qcdc.rulebase;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.qcdc.i18n.Message;

/**
 * Reads {@code holidays.yaml}: for each year, the weekdays that are not working days, each with its name and, optionally,
 * the notice that announced it (shown to legal staff; the calendar needs only the days).
 */
final class HolidaysReader {

  record DayOff(LocalDate date, LocalDate from, LocalDate to, String name, String notice) {}

  record FileSpec(Map<Integer, List<DayOff>> years) {}

  private HolidaysReader() {}

  static HolidayCalendar read(Path root, Path file, List<RuleSetProblem> problems) {
    FileSpec spec = YamlFiles.read(root, file, FileSpec.class, problems);
    Map<LocalDate, String> days = new HashMap<>();
    if (spec == null || spec.years() == null) {
      return new HolidayCalendar(days, java.util.Set.of());
    }
    String name = YamlFiles.relative(root, file);
    String text = CatalogueReader.text(file);
    spec.years().forEach((year, entries) -> {
      for (DayOff d : entries == null ? List.<DayOff>of() : entries) {
        LocalDate from = d.date() != null ? d.date() : d.from();
        LocalDate to = d.date() != null ? d.date() : d.to();
        int line = YamlFiles.lineOf(text, d.date() != null ? "date" : "from", String.valueOf(from));
        if (from == null || to == null || to.isBefore(from) || d.name() == null) {
          problems.add(RuleSetProblem.of(name, line, Message.of("rules.holiday.incomplete")));
          continue;
        }
        for (LocalDate x = from; !x.isAfter(to); x = x.plusDays(1)) {
          if (x.getYear() != year) {
            problems.add(RuleSetProblem.of(name, line, Message.of("rules.holiday.wrongYear", x, year)));
          } else if (x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY) {
            problems.add(RuleSetProblem.of(name, line, Message.of("rules.holiday.weekend", x,
                Message.of("rules.day." + x.getDayOfWeek()))));
          } else if (days.put(x, d.name()) != null) {
            problems.add(RuleSetProblem.of(name, line, Message.of("rules.holiday.twice", x)));
          }
        }
      }
    });
    return new HolidayCalendar(days, spec.years().keySet());
  }
}
