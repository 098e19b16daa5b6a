package vn.qcdc.ruleapi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.qcdc.dossier.facts.Regulation;
import vn.qcdc.dossier.facts.RegulationType;
import vn.qcdc.rulebase.DatedConstant;
import vn.qcdc.rulebase.HolidayCalendar;
import vn.qcdc.rulebase.Parameters;
import vn.qcdc.rulebase.Text;

/**
 * The {@code law} global of rule files: the evaluated period, the working-day calendar and the dated constants of
 * {@code parameters.yaml}, each applied as in force on the trigger date (profile §3.5–§3.8).
 */
public final class Law {

  private final int year;
  private final Parameters parameters;
  private final HolidayCalendar calendar;
  private final List<Regulation> regulations;
  /** Date constants read once per run: a rule asks for one per record (TC3.1 for every administrative dossier). */
  private final Map<String, LocalDate> dates = new ConcurrentHashMap<>();

  public Law(int year, Parameters parameters, HolidayCalendar calendar, List<Regulation> regulations) {
    this.year = year;
    this.parameters = parameters;
    this.calendar = calendar;
    this.regulations = regulations == null ? List.of() : regulations;
  }

  public int year() {
    return year;
  }

  public LocalDate periodStart() {
    return LocalDate.of(year, 1, 1);
  }

  public LocalDate periodEnd() {
    return LocalDate.of(year, 12, 31);
  }

  public boolean inPeriod(LocalDate date) {
    return date != null && date.getYear() == year;
  }

  /** Whether {@code date} lies in [from, to], both included; false if {@code date} is absent. */
  public boolean between(LocalDate date, LocalDate from, LocalDate to) {
    return date != null && !date.isBefore(from) && !date.isAfter(to);
  }

  public boolean isWorkingDay(LocalDate date) {
    return calendar.isWorkingDay(date);
  }

  /** The N-th working day after {@code date}, not counting {@code date} itself. */
  public LocalDate workingDaysAfter(LocalDate date, int n) {
    return calendar.workingDaysAfter(date, n);
  }

  /** The deadline of a time limit counted from {@code trigger} ("within N days / working days"); null without trigger. */
  public Deadline deadline(String constantId, LocalDate trigger) {
    if (trigger == null) {
      return null;
    }
    DatedConstant.Value v = parameters.get(constantId).valueOn(trigger);
    int n = Integer.parseInt(v.value());
    LocalDate date = v.unit() == DatedConstant.Unit.WORKING_DAYS ? calendar.workingDaysAfter(trigger, n)
        : trigger.plusDays(n);
    return new Deadline(constantId, trigger, n, v.unit(), date);
  }

  /**
   * The time limit in force on {@code trigger} in words, with the text of law it comes from, for the sentences of
   * rules: "10 ngày theo Luật Khiếu nại 02/2011/QH13", "7 ngày làm việc theo Nghị định 155/2026/NĐ-CP" (the value's
   * own {@code basis} in parameters.yaml, else the constant's).
   */
  public Text limit(String constantId, LocalDate trigger) {
    DatedConstant k = parameters.get(constantId);
    DatedConstant.Value v = k.valueOn(trigger == null ? periodEnd() : trigger);
    String basis = k.basisOf(v);
    boolean working = v.unit() == DatedConstant.Unit.WORKING_DAYS;
    String vi = v.value() + (working ? " ngày làm việc" : v.unit() == DatedConstant.Unit.DAYS ? " ngày" : "");
    String en = v.value() + (working ? " working days" : v.unit() == DatedConstant.Unit.DAYS ? " days" : "");
    return basis == null || basis.isBlank() ? Text.of(vi, en) : Text.of(vi + " theo " + basis, en + " under " + basis);
  }

  /** The last day a notice may be given before {@code event} ("at least N days before"). */
  public Deadline noticeBefore(String constantId, LocalDate event) {
    int n = days(constantId, event);
    return new Deadline(constantId, event, n, DatedConstant.Unit.DAYS, event.minusDays(n));
  }

  /** The first day an item started on {@code start} may end ("for at least N days": end − start ≥ N). */
  public Deadline minimumEnd(String constantId, LocalDate start) {
    int n = days(constantId, start);
    return new Deadline(constantId, start, n, DatedConstant.Unit.DAYS, start.plusDays(n));
  }

  /** A whole-number constant (days, working days, counts) in force on {@code on}. */
  public int days(String constantId, LocalDate on) {
    return Integer.parseInt(parameters.get(constantId).valueOn(on).value());
  }

  public BigDecimal number(String constantId) {
    return new BigDecimal(parameters.get(constantId).valueOn(periodEnd()).value());
  }

  /** A date constant, such as the day a law took effect. */
  public LocalDate date(String constantId) {
    return dates.computeIfAbsent(constantId, id -> LocalDate.parse(parameters.get(id).valueOn(periodEnd()).value()));
  }

  /** A day-of-year constant ({@code MM-dd}) placed in the evaluated year, such as the plan deadline of 31 January. */
  public LocalDate dayOfYear(String constantId) {
    return MonthDay.parse("--" + parameters.get(constantId).valueOn(periodEnd()).value()).atYear(year);
  }

  /**
   * The regulation of a type in force at the end of the period (§3.9): issued by then and not repealed by then, the
   * latest issued (the first listed on a tie); null if none.
   */
  public Regulation regulationInForce(RegulationType type) {
    Regulation inForce = null;
    for (Regulation r : regulations) {
      boolean valid = r.regulationType() == type && !r.issuedDate().isAfter(periodEnd())
          && (r.repealedDate() == null || r.repealedDate().isAfter(periodEnd()));
      if (valid && (inForce == null || r.issuedDate().isAfter(inForce.issuedDate()))) {
        inForce = r;
      }
    }
    return inForce;
  }

  /** The Mondays of the ISO weeks that contain at least one working day inside the period (TC4.1). */
  public List<LocalDate> weeksWithWorkingDays() {
    List<LocalDate> mondays = new ArrayList<>();
    LocalDate monday = periodStart().with(java.time.DayOfWeek.MONDAY);
    for (; !monday.isAfter(periodEnd()); monday = monday.plusWeeks(1)) {
      for (LocalDate d = monday; d.isBefore(monday.plusDays(7)); d = d.plusDays(1)) {
        if (inPeriod(d) && calendar.isWorkingDay(d)) {
          mondays.add(monday);
          break;
        }
      }
    }
    return mondays;
  }

  /** The earlier of two dates, ignoring an absent one. */
  public static LocalDate earliest(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  public static long daysBetween(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  /** Whether {@code date} is present and not later than {@code limit}. */
  public static boolean onOrBefore(LocalDate date, LocalDate limit) {
    return date != null && limit != null && !date.isAfter(limit);
  }

  /** A number as a Vietnamese sentence writes it, with a decimal comma and no trailing zeros ("91,2"), or "—". */
  public static String viNumber(BigDecimal value) {
    return value == null ? "—" : value.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  /** A date as the pages write it in both languages (dd/MM/yyyy), for the sentences of rules, Vietnamese and English. */
  public static String viDate(LocalDate date) {
    if (date == null) {
      return "—";
    }
    int day = date.getDayOfMonth();
    int month = date.getMonthValue();
    // By hand, not String.format: rules word a date for every record they check.
    return (day < 10 ? "0" : "") + day + (month < 10 ? "/0" : "/") + month + "/" + date.getYear();
  }
}
