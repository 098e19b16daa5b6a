package vn.qcdc.intake;

import java.time.Instant;
import java.util.List;
import vn.qcdc.dossier.DossierProblem;

/** A stored dossier version as the API shows it, with the reader's warnings when it was just stored. */
record DossierView(long id, String communeCode, int year, int version, Long previousId, String hash, int sizeBytes,
    String source, String uploadedBy, Instant uploadedAt, List<DossierProblem> warnings) {

  static DossierView of(StoredDossier d, List<DossierProblem> warnings) {
    return new DossierView(d.id(), d.communeCode(), d.year(), d.version(), d.previousId(), d.hash(), d.sizeBytes(),
        d.source(), d.uploadedBy(), d.uploadedAt(), warnings);
  }
}
