package vn.qcdc.lifecycle;

import java.util.List;
import java.util.Optional;

/**
 * A commune's year as its events tell it. This is the one place that says which version is the submitted one and
 * which evaluation is official: the latest evaluation of the latest submitted version.
 *
 * @param events oldest first
 */
public record CommuneYear(String communeCode, int year, List<YearEvent> events) {

  public CommuneYear {
    events = List.copyOf(events);
  }

  public YearState state() {
    return events.isEmpty() ? YearState.DRAFTING : events.get(events.size() - 1).stateAfter();
  }

  /** The dossier version submitted last, if any. */
  public Optional<Long> submittedDossierId() {
    return last(YearAction.SUBMIT).map(YearEvent::dossierId);
  }

  /** The latest official evaluation of the latest submitted version, if it was evaluated. */
  public Optional<Long> officialEvaluationId() {
    Optional<Long> submitted = submittedDossierId();
    return submitted.flatMap(d -> events.stream()
        .filter(e -> e.action() == YearAction.EVALUATE && d.equals(e.dossierId()))
        .reduce((a, b) -> b)).map(YearEvent::evaluationId);
  }

  /** The sign-off in force: the latest one, while the year is signed off. */
  public Optional<YearEvent> signOff() {
    return state() == YearState.SIGNED_OFF ? last(YearAction.SIGN_OFF) : Optional.empty();
  }

  /** Whether the official evaluation has been appraised since it was stored (the state a reopened year returns to). */
  public boolean officialAppraised() {
    Optional<Long> official = officialEvaluationId();
    return official.isPresent() && events.stream()
        .anyMatch(e -> e.action() == YearAction.APPRAISE && official.get().equals(e.evaluationId()));
  }

  public Optional<YearEvent> last(YearAction action) {
    return events.stream().filter(e -> e.action() == action).reduce((a, b) -> b);
  }
}
