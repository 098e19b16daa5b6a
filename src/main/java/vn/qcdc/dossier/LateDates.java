package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
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

  private LateDates() {}

  /** {@code evaluationDay} null leaves out the warning about actions after it (hypothetical dossiers). */
  static List<DossierProblem> of(JsonNode dossier, SchemaWalk walk, LocalDate evaluationDay) {
    JsonNode year = dossier.at("/period/year");
    List<DossierProblem> warnings = new ArrayList<>();
    if (!year.canConvertToInt()) {
      return warnings;
    }
    LocalDate lastDayAfter = LocalDate.of(year.intValue() + 1, 12, 31);
    walk.walk(dossier, (rule, definition, value, path) -> {
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
            + " đánh giá năm " + year.intValue()));
      }
      return true;
    });
    return warnings;
  }

  private static boolean isDeadline(String field) {
    return field.contains("due") || field.contains("Due") || field.equals("endDate") || field.equals("activeTo");
  }
}
