package vn.qcdc.rulebase;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
          problems.add(new RuleSetProblem(name, line, "each day off needs 'date' (or 'from' and 'to') and 'name'"));
          continue;
        }
        for (LocalDate x = from; !x.isAfter(to); x = x.plusDays(1)) {
          if (x.getYear() != year) {
            problems.add(new RuleSetProblem(name, line, x + " is listed under year " + year));
          } else if (x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY) {
            problems.add(new RuleSetProblem(name, line, x + " is a " + x.getDayOfWeek()
                + ": list only weekdays off (weekends are never working days)"));
          } else if (days.put(x, d.name()) != null) {
            problems.add(new RuleSetProblem(name, line, x + " is listed twice"));
          }
        }
      }
    });
    return new HolidayCalendar(days, spec.years().keySet());
  }
}
