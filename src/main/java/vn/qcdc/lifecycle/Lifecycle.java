package vn.qcdc.lifecycle;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.qcdc.ledger.Ledger;
import vn.qcdc.security.CurrentUser;
import vn.qcdc.web.ApiException;

/**
 * The state machine of commune-years. Each step is checked against the year's events read under the ledger's writer
 * lock, so that two requests cannot both pass a check, and recorded in the caller's transaction, so that the step and
 * the record it concerns (an evaluation, an appraisal) commit together.
 */
@Service
public class Lifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

  private final YearEvents events;
  private final Ledger ledger;

  Lifecycle(YearEvents events, Ledger ledger) {
    this.events = events;
    this.ledger = ledger;
  }

  public CommuneYear year(String commune, int year) {
    return events.of(commune, year);
  }

  /** Every commune-year with at least one event (optionally of one year), keyed "code/year". */
  public Map<String, CommuneYear> years(Integer year) {
    return events.all(year);
  }

  /** Every year of one commune that has events, oldest year first. */
  public java.util.List<CommuneYear> yearsOf(String commune) {
    return events.ofCommune(commune).values().stream()
        .sorted(java.util.Comparator.comparingInt(CommuneYear::year)).toList();
  }

  /** Refuses any change to the dossier, evaluations or appraisals of a signed-off year. */
  public void requireOpen(String commune, int year) {
    requireOpen(events.of(commune, year));
  }

  /** The officer (or an auditor receiving the file) hands in a version: it becomes the submitted one. */
  public YearEvent submit(String commune, int year, long dossierId, String reason) {
    return record(commune, year, y -> {
      requireOpen(y);
      if (y.submittedDossierId().filter(d -> d == dossierId).isPresent()) {
        throw ApiException.conflict("already-submitted", "Already submitted", "Phiên bản này đã được nộp. (Dossier "
            + dossierId + " is already the submitted version of " + commune + " for " + year + ".)");
      }
      return event(y, YearAction.SUBMIT, YearState.SUBMITTED, dossierId, null, null, reason);
    });
  }

  /** Refuses an official evaluation of anything but the submitted version of an open year. */
  public void requireEvaluable(String commune, int year, long dossierId) {
    requireEvaluable(events.of(commune, year), dossierId);
  }

  /**
   * Records the official evaluation of the submitted version: a new one, or one made before with the rule set now in
   * force again (after a rollback), which keeps its appraisals and so its state "Đã thẩm định".
   */
  public YearEvent evaluated(String commune, int year, long dossierId, long evaluationId, String reason) {
    return record(commune, year, y -> {
      requireEvaluable(y, dossierId);
      boolean appraised = y.events().stream()
          .anyMatch(e -> e.action() == YearAction.APPRAISE && Long.valueOf(evaluationId).equals(e.evaluationId()));
      return event(y, YearAction.EVALUATE, appraised ? YearState.APPRAISED : YearState.EVALUATED, dossierId,
          evaluationId, null, reason);
    });
  }

  /** Refuses an appraisal of anything but the official evaluation of an open year. */
  public void requireAppraisable(String commune, int year, long evaluationId) {
    requireAppraisable(events.of(commune, year), evaluationId);
  }

  public YearEvent appraised(String commune, int year, long evaluationId, long appraisalId, String reason) {
    return record(commune, year, y -> {
      requireAppraisable(y, evaluationId);
      return event(y, YearAction.APPRAISE, YearState.APPRAISED, y.submittedDossierId().orElseThrow(), evaluationId,
          appraisalId, reason);
    });
  }

  /** An auditor recognises the official result; the caller has checked that it is the result to sign. */
  public YearEvent signOff(String commune, int year, long evaluationId, String note) {
    return record(commune, year, y -> {
      requireOpen(y);
      if (!y.state().evaluated() || y.officialEvaluationId().filter(id -> id == evaluationId).isEmpty()) {
        throw ApiException.conflict("nothing-to-sign-off", "No official result to sign off", "Năm " + year + " của xã "
            + commune + " chưa có kết quả chấm chính thức của phiên bản đã nộp (lần chấm " + evaluationId + ") để công "
            + "nhận. (" + commune + " " + year + " has no official result " + evaluationId + " to sign off.)");
      }
      return event(y, YearAction.SIGN_OFF, YearState.SIGNED_OFF, y.submittedDossierId().orElseThrow(), evaluationId,
          null, note);
    });
  }

  /** An administrator or auditor reopens a signed-off year with a written reason. */
  public YearEvent reopen(String commune, int year, String reason) {
    if (reason == null || reason.isBlank()) {
      throw ApiException.unprocessable("reason-required", "A reason is required", "Phải ghi lý do mở lại. (Reopening "
          + "a signed-off year needs a written reason.)");
    }
    return record(commune, year, y -> {
      if (y.state() != YearState.SIGNED_OFF) {
        throw ApiException.conflict("not-signed-off", "Not signed off", "Năm " + year + " của xã " + commune + " chưa "
            + "được công nhận nên không cần mở lại. (" + commune + " " + year + " is not signed off.)");
      }
      YearState back = y.officialAppraised() ? YearState.APPRAISED : YearState.EVALUATED;
      return event(y, YearAction.REOPEN, back, y.submittedDossierId().orElseThrow(),
          y.officialEvaluationId().orElseThrow(), null, reason.strip());
    });
  }

  private YearEvent record(String commune, int year, Function<CommuneYear, YearEvent> step) {
    long id = ledger.record(events, () -> events.insert(step.apply(events.of(commune, year))));
    YearEvent e = events.find(id).orElseThrow();
    LOG.info("commune year event id={} user={} commune={} year={} action={} from={} to={} dossier={} evaluation={} "
            + "appraisal={}", id, e.actedBy(), commune, year, e.action(), e.stateBefore(), e.stateAfter(),
        e.dossierId(), e.evaluationId(), e.appraisalId());
    return e;
  }

  private static YearEvent event(CommuneYear y, YearAction action, YearState after, Long dossier, Long evaluation,
      Long appraisal, String reason) {
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    return new YearEvent(0, y.communeCode(), y.year(), action, y.state(), after, dossier, evaluation, appraisal,
        why == null || why.length() <= 4000 ? why : why.substring(0, 4000), CurrentUser.name(),
        Instant.now().truncatedTo(ChronoUnit.MILLIS));
  }

  private static void requireOpen(CommuneYear y) {
    y.signOff().ifPresent(s -> {
      throw ApiException.conflict("year-signed-off", "The year is signed off", "Năm " + y.year() + " của xã "
          + y.communeCode() + " đã được công nhận (" + s.actedBy() + "); kết quả là chính thức và không sửa được. "
          + "Quản trị viên hoặc kiểm tra viên phải mở lại, có ghi lý do, trước khi thay đổi. (" + y.communeCode() + " "
          + y.year() + " is signed off; reopen it with a reason first.)");
    });
  }

  private static void requireEvaluable(CommuneYear y, long dossierId) {
    requireOpen(y);
    if (y.submittedDossierId().filter(d -> d == dossierId).isEmpty()) {
      throw ApiException.conflict("not-submitted", "Not the submitted version", "Phiên bản hồ sơ " + dossierId
          + " không phải phiên bản đã nộp của xã " + y.communeCode() + " năm " + y.year() + "; chỉ chấm chính thức "
          + "phiên bản đã nộp. (Only the submitted version"
          + y.submittedDossierId().map(d -> ", dossier " + d + ",").orElse("") + " is evaluated officially.)");
    }
  }

  private static void requireAppraisable(CommuneYear y, long evaluationId) {
    requireOpen(y);
    if (y.officialEvaluationId().filter(id -> id == evaluationId).isEmpty()) {
      throw ApiException.conflict("not-official", "Not the official evaluation", "Lần chấm " + evaluationId
          + " không phải kết quả chính thức của xã " + y.communeCode() + " năm " + y.year() + "; chỉ thẩm định kết quả "
          + "chính thức. (Only the official evaluation"
          + y.officialEvaluationId().map(d -> ", " + d + ",").orElse("") + " is appraised.)");
    }
  }
}
