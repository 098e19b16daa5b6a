package vn.qcdc.ruleapi;

import java.time.LocalDate;
import vn.qcdc.rulebase.DatedConstant;

/**
 * A time limit applied to a trigger: the constant it came from, the value in force on the trigger date, and the date.
 *
 * @param date for a limit counted forward, the last compliant day; for a notice, the last day the notice may be given;
 *     for a minimum duration, the first day on which the item may end
 */
public record Deadline(String constantId, LocalDate trigger, int value, DatedConstant.Unit unit, LocalDate date) {}
