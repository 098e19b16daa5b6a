package vn.qcdc.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.workbook.SectionStatus;

/**
 * A stored dossier version as the API shows it, with the reader's warnings and the sections it leaves unreported
 * ("chưa báo cáo") when it was just stored.
 */
record DossierView(long id, String communeCode, int year, int version, Long previousId, String hash, int sizeBytes,
    String source, String uploadedBy, Instant uploadedAt, List<DossierProblem> warnings,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Unreported> unreportedSections) {

  /** A section the dossier does not report: its key and its Vietnamese title. */
  record Unreported(String section, String title) {}

  static DossierView of(StoredDossier d, List<DossierProblem> warnings) {
    return new DossierView(d.id(), d.communeCode(), d.year(), d.version(), d.previousId(), d.hash(), d.sizeBytes(),
        d.source(), d.uploadedBy(), d.uploadedAt(), warnings, null);
  }

  static DossierView of(DossierIntake.Stored stored) {
    StoredDossier d = stored.dossier();
    return new DossierView(d.id(), d.communeCode(), d.year(), d.version(), d.previousId(), d.hash(), d.sizeBytes(),
        d.source(), d.uploadedBy(), d.uploadedAt(), stored.warnings(),
        stored.unreported().stream().map(s -> new Unreported(s.key(), s.title())).toList());
  }
}
