package vn.qcdc.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.qcdc.ruleapi.Check;
import vn.qcdc.rulebase.DatedConstant;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.Text;

/**
 * One check in one sentence, in both languages, e.g. "K-02: thụ lý khiếu nại hạn 15/05/2025, thực hiện 19/05/2025,
 * trễ 4 ngày." Used by findings' explanations and by every representation of a check.
 */
public final class CheckSentence {

  private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private CheckSentence() {}

  public static Text of(Check check, RuleSet ruleSet) {
    String who = who(check.records());
    return Text.of(sentence(check, who, ruleSet, true), sentence(check, who, ruleSet, false));
  }

  private static String sentence(Check c, String who, RuleSet ruleSet, boolean vi) {
    String duty = text(c.duty(), vi);
    String detail = c.detail() == null ? "" : " (" + text(c.detail(), vi) + ")";
    String body = switch (c.kind()) {
      case DEADLINE -> duty + (vi ? " hạn " : ", due ") + date(c.due()) + late(c, ruleSet, vi);
      case NOTICE -> duty + (vi ? " chậm nhất " : " due by ") + date(c.due())
          + (c.action() == null ? (vi ? ", không có" : ", none") : (vi ? ", thực hiện " : ", given ") + date(c.action()));
      case DURATION -> duty + (vi ? " từ " : " from ") + date(c.trigger()) + (vi ? " đến " : " to ")
          + (c.action() == null ? (vi ? "nay" : "now") : date(c.action()))
          + (vi ? ", cần đến ít nhất " : ", needed until at least ") + date(c.due());
      case CONDITION, EXPECTED -> duty + (c.compliant() ? (vi ? ": đạt" : ": met") : (vi ? ": không đạt" : ": not met"));
      case COUNT -> duty + ": " + c.compliantCount() + "/" + c.applicableCount();
    };
    return who + body + detail + ".";
  }

  /** The records a check read; a long list (monthly aggregates) is shown as its first and last id and a count. */
  private static String who(List<String> records) {
    if (records.isEmpty()) {
      return "";
    }
    if (records.size() == 1) {
      return records.get(0) + ": ";
    }
    List<String> sorted = records.stream().sorted().toList();
    return (sorted.size() <= 4 ? String.join(", ", sorted)
        : sorted.get(0) + " … " + sorted.get(sorted.size() - 1) + " (" + sorted.size() + ")") + ": ";
  }

  private static String late(Check c, RuleSet ruleSet, boolean vi) {
    if (c.action() == null) {
      return vi ? ", chưa thực hiện" : ", not done";
    }
    String done = (vi ? ", thực hiện " : ", done ") + date(c.action());
    if (c.due() == null || !c.action().isAfter(c.due())) {
      return done;
    }
    boolean working = workingDays(c, ruleSet);
    long days = working ? ruleSet.calendar().workingDaysBetween(c.due(), c.action())
        : ChronoUnit.DAYS.between(c.due(), c.action());
    return done + (vi ? ", trễ " + days + (working ? " ngày làm việc" : " ngày")
        : ", " + days + (working ? " working" : "") + " day(s) late");
  }

  /** Whether the check's limit was counted in working days (its constant's unit on the trigger date). */
  static boolean workingDays(Check c, RuleSet ruleSet) {
    if (c.constants().isEmpty() || c.trigger() == null || !ruleSet.parameters().contains(c.constants().get(0))) {
      return false;
    }
    return ruleSet.parameters().get(c.constants().get(0)).valueOn(c.trigger()).unit()
        == DatedConstant.Unit.WORKING_DAYS;
  }

  private static String text(Text t, boolean vi) {
    return t == null ? "" : vi ? t.vi() : t.en();
  }

  private static String date(LocalDate d) {
    return d == null ? "—" : written(d);
  }

  /** {@code dd/MM/yyyy}, by hand for four-digit years (a formatter per check costs more than the sentence). */
  private static String written(LocalDate d) {
    int year = d.getYear();
    if (year < 1000 || year > 9999) {
      return VI.format(d);
    }
    char[] out = {'0', '0', '/', '0', '0', '/', '0', '0', '0', '0'};
    two(out, 0, d.getDayOfMonth());
    two(out, 3, d.getMonthValue());
    two(out, 6, year / 100);
    two(out, 8, year % 100);
    return new String(out);
  }

  private static void two(char[] out, int at, int value) {
    out[at] = (char) ('0' + value / 10);
    out[at + 1] = (char) ('0' + value % 10);
  }
}
