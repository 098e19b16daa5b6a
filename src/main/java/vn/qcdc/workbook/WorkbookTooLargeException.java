package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import vn.qcdc.i18n.Count;
import vn.qcdc.i18n.Message;
import vn.qcdc.i18n.Worded;

/**
 * A stored dossier too large for the workbook limits: it is not exported (nor edited through a record form, which goes
 * through the workbook), since the workbook could not be uploaded back; the JSON download stays available.
 */
public final class WorkbookTooLargeException extends RuntimeException implements Worded {

  private final transient Message text;

  WorkbookTooLargeException(long records, long values, WorkbookLimits limits) {
    this(Message.of("workbook.tooLarge", Count.of(records), Count.of(values), Count.of(limits.maxRows()),
        Count.of(limits.maxCells())));
  }

  /** Said in Vietnamese with the English in brackets to the API and the logs; a page writes {@link #text()}. */
  WorkbookTooLargeException(Message text) {
    super(text.in(Message.VIETNAMESE) + " (" + text.in(Locale.ENGLISH) + ")", null, false, false);
    this.text = text;
  }

  @Override
  public Message text() {
    return text;
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
