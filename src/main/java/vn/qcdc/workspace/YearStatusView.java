package vn.qcdc.workspace;

import java.time.Instant;
import java.util.List;
import vn.qcdc.intake.StoredDossier;
import vn.qcdc.lifecycle.CommuneYear;
import vn.qcdc.lifecycle.YearEvent;
import vn.qcdc.lifecycle.YearState;

/**
 * The year's state as the dossier page shows it: which version was submitted, whether a newer draft follows it, and
 * who signed the year off.
 *
 * @param submittedVersion null while no version was submitted
 * @param newestVersion null while the year has no dossier
 */
record YearStatusView(YearState state, Integer submittedVersion, Integer newestVersion, boolean open,
    String signedOffBy, Instant signedOffAt) {

  static YearStatusView of(CommuneYear year, List<StoredDossier> newestFirst) {
    Long submitted = year.submittedDossierId().orElse(null);
    Integer submittedVersion = newestFirst.stream().filter(d -> submitted != null && d.id() == submitted)
        .map(StoredDossier::version).findFirst().orElse(null);
    Integer newest = newestFirst.isEmpty() ? null : newestFirst.get(0).version();
    YearEvent signOff = year.signOff().orElse(null);
    return new YearStatusView(year.state(), submittedVersion, newest, signOff == null,
        signOff == null ? null : signOff.actedBy(), signOff == null ? null : signOff.actedAt());
  }

  /** Whether the newest version is a draft the officer still has to submit. */
  public boolean draftToSubmit() {
    return open && newestVersion != null && !newestVersion.equals(submittedVersion);
  }
}
