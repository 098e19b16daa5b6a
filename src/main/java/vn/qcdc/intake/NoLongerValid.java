package vn.qcdc.intake;

import java.util.Map;
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.web.ApiException;

/**
 * A dossier (or an evaluation's snapshot of it) stored before the format had its present limits, which the reader now
 * refuses: the request that needs it is answered 422 with the problems, never 500, and the way out is a corrected
 * upload. Intake stores nothing the reader refuses, so only data older than the limits can meet this.
 */
public final class NoLongerValid {

  private NoLongerValid() {}

  public static ApiException of(InvalidDossierException e) {
    return ApiException.unprocessable("stored-dossier-no-longer-valid", "Stored dossier no longer valid",
        "Hồ sơ này được lưu trước khi định dạng có các giới hạn hiện nay và không còn hợp lệ (" + e.total() + " lỗi, "
            + "xem 'problems'); hãy tải lên bản đã sửa. (The dossier was stored before the format's present limits "
            + "and no longer passes them; upload a corrected version.)")
        .with("problemCount", e.total())
        .with("problems", e.problems().stream().map(p -> Map.of("path", p.path(), "message", p.message())).toList());
  }
}
