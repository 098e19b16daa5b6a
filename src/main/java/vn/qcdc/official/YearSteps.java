package vn.qcdc.official;

import org.springframework.stereotype.Service;
import vn.qcdc.intake.DossierRepository;
import vn.qcdc.intake.StoredDossier;
import vn.qcdc.lifecycle.CommuneYear;
import vn.qcdc.lifecycle.Lifecycle;
import vn.qcdc.web.ApiException;

/**
 * The steps of a commune-year asked for through the API: submission of a version, sign-off of the official result
 * (only of one made with the rule set in force), reopening with a reason.
 */
@Service
public class YearSteps {

  private final Lifecycle lifecycle;
  private final DossierRepository dossiers;
  private final OfficialResults results;

  YearSteps(Lifecycle lifecycle, DossierRepository dossiers, OfficialResults results) {
    this.lifecycle = lifecycle;
    this.dossiers = dossiers;
    this.results = results;
  }

  /** Submits a version of the commune-year (the newest when {@code dossierId} is null). */
  public CommuneYear submit(String commune, int year, Long dossierId, String reason) {
    StoredDossier d = (dossierId == null ? dossiers.latest(commune, year) : dossiers.find(dossierId))
        .filter(x -> x.communeCode().equals(commune) && x.year() == year)
        .orElseThrow(() -> ApiException.notFound("Dossier of " + commune + " for " + year,
            dossierId == null ? "(newest)" : dossierId));
    lifecycle.submit(commune, year, d.id(), reason == null || reason.isBlank()
        ? "Kiểm tra viên nhận phiên bản " + d.version() + "." : reason);
    return lifecycle.year(commune, year);
  }

  /** Signs off the year's official result; refused while it was made with a rule set no longer in force. */
  public CommuneYear signOff(String commune, int year, String note) {
    ResultView official = results.ofYear(commune, year).orElseThrow(() -> ApiException.conflict(
        "nothing-to-sign-off", "No official result to sign off", "Năm " + year + " của xã " + commune + " chưa có kết "
        + "quả chấm chính thức để công nhận. (" + commune + " " + year + " has no official result yet.)"));
    if (!official.rules().inForce() && !official.signedOff()) {
      throw ApiException.conflict("stale-result", "Made with an old rule set", "Kết quả chính thức được chấm theo bộ "
          + "quy tắc cũ (" + official.rules().shortHash() + "); hãy chấm lại theo bộ quy tắc đang áp dụng rồi mới công "
          + "nhận. (The official result was made with a rule set no longer in force; re-evaluate it first.)");
    }
    lifecycle.signOff(commune, year, official.evaluation().id(), note);
    return lifecycle.year(commune, year);
  }

  public CommuneYear reopen(String commune, int year, String reason) {
    lifecycle.reopen(commune, year, reason);
    return lifecycle.year(commune, year);
  }
}
