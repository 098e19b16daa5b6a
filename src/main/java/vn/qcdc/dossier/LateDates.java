package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An action dated after the day the dossier is evaluated has not happened yet, and one dated more than a year after
 * the period belongs to a later dossier: both are most likely typing mistakes (2031 for 2026) that would otherwise
 * count as a late action. Dates that are not actions (a term's end, a deadline, a rule's repeal) are left out.
 */
final class LateDates {

  /** Sections whose dates are terms, validity, plans or the compilation rather than actions. */
  private static final Set<String> NOT_ACTIONS = Set.of("regulations", "boards", "plans", "targets", "period");

  private final int year;
  private final LocalDate lastDayAfter;
  private final LocalDate evaluationDay;
  private final List<DossierProblem> warnings = new ArrayList<>();

  /**
   * {@code year}: the value of {@code period.year}, missing if absent (nothing is then warned of);
   * {@code evaluationDay} null leaves out the warning about actions after it (hypothetical dossiers).
   */
  LateDates(JsonNode year, LocalDate evaluationDay) {
    this.year = year.canConvertToInt() ? year.intValue() : -1;
    // A year past the calendar is the schema's to refuse; warnings are made for accepted dossiers only.
    boolean inCalendar = year.canConvertToInt() && this.year >= Year.MIN_VALUE && this.year < Year.MAX_VALUE;
    this.lastDayAfter = inCalendar ? LocalDate.of(this.year + 1, 12, 31) : null;
    this.evaluationDay = evaluationDay;
  }

  /** Checks the dates of one piece of the dossier (a top-level member, a record) walked from its schema step. */
  void check(SchemaWalk.Step step, JsonNode piece, JsonPaths.At at) {
    if (lastDayAfter == null) {
      return;
    }
    SchemaWalk.walk(step, piece, at, (rule, definition, value, path) -> {
      String section = path.section();
      if (NOT_ACTIONS.contains(section)) {
        return false;
      }
      String field = path.member();
      LocalDate date = "date".equals(definition) ? DateValues.of(value) : null;
      if (date == null || isDeadline(field)) {
        return true;
      }
      String shown = date.format(ConsistencyWarnings.VIETNAMESE);
      if (evaluationDay != null && date.isAfter(evaluationDay)) {
        warnings.add(new DossierProblem(path.toString(), SchemaTerms.of(null, field) + " " + shown + " sau ngày đánh giá "
            + evaluationDay.format(ConsistencyWarnings.VIETNAMESE) + ": việc chưa xảy ra không thể được ghi là đã"
            + " làm"));
      } else if (date.isAfter(lastDayAfter)) {
        warnings.add(new DossierProblem(path.toString(), SchemaTerms.of(null, field) + " " + shown + " muộn hơn một năm sau kỳ"
            + " đánh giá năm " + year));
      }
      return true;
    });
  }

  /** The warnings found so far, in document order. */
  List<DossierProblem> warnings() {
    return warnings;
  }

  private static boolean isDeadline(String field) {
    return field.contains("due") || field.contains("Due") || field.equals("endDate") || field.equals("activeTo");
  }
}
