package vn.qcdc.official;

import java.util.List;
import vn.qcdc.lifecycle.CommuneYear;
import vn.qcdc.lifecycle.YearEvent;
import vn.qcdc.lifecycle.YearState;
import vn.qcdc.rulebase.Text;

/**
 * A commune-year in the API: its state (with its Vietnamese and English names), the version submitted and the newest
 * one, its official result ({@code official}, null while it has none) and every step it took, oldest first.
 */
record YearView(String communeCode, int year, YearState state, Text stateLabel, Long submittedDossierId,
    Long latestDossierId, boolean newerDraft, EvaluationSummary official, List<YearEvent> events) {

  static YearView of(CommuneYear y, Long latestDossierId, ResultView official) {
    Long submitted = y.submittedDossierId().orElse(null);
    return new YearView(y.communeCode(), y.year(), y.state(), y.state().label(), submitted, latestDossierId,
        latestDossierId != null && !latestDossierId.equals(submitted),
        official == null ? null : EvaluationSummary.of(official), y.events());
  }
}
