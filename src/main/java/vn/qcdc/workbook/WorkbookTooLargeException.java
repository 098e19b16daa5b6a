package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import vn.qcdc.dossier.Amounts;

/**
 * A stored dossier too large for the workbook limits: it is not exported (nor edited through a record form, which goes
 * through the workbook), since the workbook could not be uploaded back; the JSON download stays available.
 */
public final class WorkbookTooLargeException extends RuntimeException {

  WorkbookTooLargeException(long records, long values, WorkbookLimits limits) {
    this("hồ sơ có " + Amounts.vi(records) + " bản ghi và " + Amounts.vi(values) + " giá trị, vượt giới hạn của bảng "
        + "tính (" + Amounts.vi(limits.maxRows()) + " dòng, " + Amounts.vi(limits.maxCells()) + " ô); hãy dùng tệp "
        + "JSON của hồ sơ (the dossier has " + Amounts.en(records) + " records and " + Amounts.en(values)
        + " values, more than a workbook may hold)");
  }

  WorkbookTooLargeException(String reason) {
    super(reason, null, false, false);
  }

  /** The values of a dossier tree: each becomes at most one cell of the workbook. */
  static long values(JsonNode node) {
    if (node.isValueNode()) {
      return node.isNull() ? 0 : 1;
    }
    long count = 0;
    for (JsonNode child : node) {
      count += values(child);
    }
    return count;
  }
}
