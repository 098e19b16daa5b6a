package vn.qcdc.workbook;

import org.apache.poi.ss.util.CellReference;

/**
 * One thing wrong with (or, for warnings, worth checking in) an uploaded workbook, located by sheet and cell and by
 * the JSON path of the dossier value it became.
 *
 * @param sheet the sheet's name, as in the workbook
 * @param cell the cell reference inside the sheet ({@code D7}), or null when the problem concerns a sheet that is missing
 * @param jsonPath the dossier JSON path ({@code $.complaints[3].receivedDate}), as {@code DossierReader} reports it
 * @param message what is wrong, in Vietnamese where the workbook found it, else as the dossier validator says it
 */
public record WorkbookProblem(String sheet, String cell, String jsonPath, String message) {

  /** Sheet and cell as a user types them: {@code Khiếu nại!D7} (the sheet alone when there is no cell). */
  public String reference() {
    if (sheet == null) {
      return "(tệp)";
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
    return reference() + " (" + jsonPath + "): " + message;
  }
}
