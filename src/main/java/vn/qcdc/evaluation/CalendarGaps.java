package vn.qcdc.evaluation;

import java.util.ArrayList;
import java.util.List;
import vn.qcdc.ruleapi.Check;
import vn.qcdc.rulebase.RuleSet;

/**
 * Years a working-day limit was counted through without a holiday calendar: there every weekday counted as a working
 * day, which is not the law, so the finding says so instead of counting silently.
 */
final class CalendarGaps {

  private CalendarGaps() {}

  /** The finding warning for a year without calendar, e.g. "lịch nghỉ năm 2027 chưa có". */
  static String warning(int year) {
    return "lịch nghỉ năm " + year + " chưa có";
  }

  /** The warnings of one check: one per year after its trigger, up to its deadline, missing from holidays.yaml. */
  static List<String> of(Check c, RuleSet ruleSet) {
    List<String> out = new ArrayList<>();
    if (c.trigger() == null || c.due() == null || !CheckSentence.workingDays(c, ruleSet)) {
      return out;
    }
    for (int y = c.trigger().plusDays(1).getYear(); y <= c.due().getYear(); y++) {
      if (!ruleSet.calendar().covers(y)) {
        out.add(warning(y));
      }
    }
    return out;
  }
}
