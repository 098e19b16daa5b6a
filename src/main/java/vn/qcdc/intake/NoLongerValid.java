package vn.qcdc.intake;

import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.i18n.Message;
import vn.qcdc.web.ApiException;

/**
 * A dossier (or an evaluation's snapshot of it) stored before the format had its present limits, which the reader now
 * refuses: the request that needs it is answered 422 with the problems, never 500, and the way out is a corrected
 * upload. Intake stores nothing the reader refuses, so only data older than the limits can meet this.
 */
public final class NoLongerValid {

  private NoLongerValid() {}

  public static ApiException of(InvalidDossierException e) {
    return ApiException.of(HttpStatus.UNPROCESSABLE_ENTITY, "stored-dossier-no-longer-valid",
        Message.of("intake.noLongerValid.title"), Message.of("intake.noLongerValid", e.total()))
        .with("problemCount", e.total())
        .with("problems", e.problems().stream().map(p -> Map.of("path", p.path(), "message", p.message())).toList());
  }
}
