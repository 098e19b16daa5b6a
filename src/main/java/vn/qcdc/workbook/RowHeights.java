package vn.qcdc.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Explicit row heights that fit wrapped text. LibreOffice does not grow a row to its wrapped text when it opens a
 * file, and Excel does not for merged cells, so rows keep their default height and the text overlaps the rows below.
 * The estimate is deliberately generous: fonts differ between applications (LibreOffice without Calibri uses a wider
 * font), and a row a little too tall is harmless where one too short hides text.
 */
final class RowHeights {

  /** Points per line of 11-point text (Excel's default row is 15 points for Calibri 11). */
  static final float LINE = 15f;
  /** No row grows beyond this (about 20 lines): longer texts are the exception and stay readable in the cell. */
  static final float MAX = 300f;
  private static final float PADDING = 2f;
  private static final float BASE_FONT = 11f;

  private RowHeights() {}

  /** Sets the row's height to fit the wrapped texts of its cells, at least the sheet's default and at most MAX. */
  static void fit(Row row) {
    Sheet sheet = row.getSheet();
    float height = sheet.getDefaultRowHeightInPoints();
    for (Cell cell : row) {
      height = Math.max(height, needed(sheet, cell));
    }
    row.setHeightInPoints(Math.min(height, MAX));
  }

  /** The height the cell's text needs, or 0 when it does not wrap. */
  static float needed(Sheet sheet, Cell cell) {
    CellStyle style = cell.getCellStyle();
    if (cell.getCellType() != CellType.STRING || style == null || !style.getWrapText()) {
      return 0;
    }
    Font font = sheet.getWorkbook().getFontAt(style.getFontIndex());
    float size = font.getFontHeightInPoints();
    // Column widths count digits of the default font; an average letter is narrower than a digit (about 0.8 of it
    // in Calibri and in LibreOffice's substitutes), bold letters wider, and letters scale with the font size.
    double letterWidth = size / BASE_FONT * (font.getBold() ? 1.0 : 0.85);
    int perLine = (int) Math.max(1, (widthInChars(sheet, cell) - 1) / letterWidth);
    return lines(cell.getStringCellValue(), perLine) * LINE * size / BASE_FONT + PADDING;
  }

  /** Lines the text takes when wrapped at spaces into lines of {@code perLine} characters; its own breaks count. */
  static int lines(String text, int perLine) {
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines++;
      int used = 0;
      for (String word : paragraph.trim().split(" +")) {
        int length = word.length();
        if (used > 0 && used + 1 + length <= perLine) {
          used += 1 + length;
          continue;
        }
        if (used > 0) {
          lines++;
        }
        // A word longer than a line is broken across lines.
        lines += Math.max(0, (length - 1) / perLine);
        used = length == 0 ? 0 : (length - 1) % perLine + 1;
      }
    }
    return lines;
  }

  /** The cell's width in characters: its column's, or the merged region's it starts. */
  private static double widthInChars(Sheet sheet, Cell cell) {
    int first = cell.getColumnIndex();
    int last = first;
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      if (region.getFirstRow() == cell.getRowIndex() && region.getFirstColumn() == first) {
        last = region.getLastColumn();
      }
    }
    double width = 0;
    for (int c = first; c <= last; c++) {
      width += sheet.getColumnWidth(c) / 256.0;
    }
    return width;
  }
}
