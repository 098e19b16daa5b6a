package vn.qcdc.workbook;

import java.util.Locale;
import org.apache.poi.ss.util.CellReference;
import vn.qcdc.i18n.Message;

/**
 * One thing wrong with (or, for warnings, worth checking in) an uploaded workbook, located by sheet and cell and by
 * the JSON path of the dossier value it became.
 *
 * @param sheet the sheet's name, as in the workbook
 * @param cell the cell reference inside the sheet ({@code D7}), or null when the problem concerns a sheet that is missing
 * @param jsonPath the dossier JSON path ({@code $.complaints[3].receivedDate}), as {@code DossierReader} reports it
 * @param text what is wrong, as a key of the message bundles (messages-workbook) with its arguments: a page writes it
 *     in its own language, the JSON API and the command line in Vietnamese ({@link #message()})
 */
public record WorkbookProblem(String sheet, String cell, String jsonPath, Message text) {

  /** A problem whose words were not made here (a dossier problem said by another part of the service). */
  public WorkbookProblem(String sheet, String cell, String jsonPath, String message) {
    this(sheet, cell, jsonPath, Message.of("workbook.asIs", message));
  }

  /** What is wrong, in Vietnamese: the JSON API, the command line, the logs. */
  public String message() {
    return text.toString();
  }

  /** What is wrong in {@code locale}'s language. */
  public String message(Locale locale) {
    return text.in(locale);
  }

  /** Sheet and cell as a user types them: {@code Khiếu nại!D7} (the sheet alone when there is no cell). */
  public String reference() {
    return reference(Message.VIETNAMESE);
  }

  /** As {@link #reference()}, the file itself ("(tệp)") named in {@code locale}'s language. */
  public String reference(Locale locale) {
    if (sheet == null) {
      return Message.of("workbook.file").in(locale);
    }
    return cell == null ? sheet : sheet + "!" + cell;
  }

  /** The row number as Excel shows it (1 = first row), or 0 when there is no cell. */
  public int row() {
    return cell == null ? 0 : new CellReference(cell).getRow() + 1;
  }

  /** The column letters as Excel shows them ({@code D}), or null when there is no cell. */
  public String column() {
    return cell == null ? null : CellReference.convertNumToColString(new CellReference(cell).getCol());
  }

  @Override
  public String toString() {
    return reference() + " (" + jsonPath + "): " + message();
  }
}
