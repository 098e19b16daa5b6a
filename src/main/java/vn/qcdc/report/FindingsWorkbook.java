package vn.qcdc.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.review.AppraisedResult;

/** The XLSX workbook of an evaluation in the report's language: a summary sheet, then one row per finding. */
final class FindingsWorkbook {

  /** The height of one line of 11 pt text, with its leading. */
  private static final float LINE_POINTS = 15f;
  /** Letters of Calibri 11 pt text per unit of column width (the width of a "0"), on the safe side. */
  private static final double CHARS_PER_WIDTH = 1.1;

  private FindingsWorkbook() {}

  static byte[] write(AppraisedResult r, ReportStatus status, Wording w) {
    Evaluation e = r.engine();
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XlsxStyles styles = new XlsxStyles(wb);
      SummarySheet.write(wb.createSheet(w.say("report.sheet.summary")), styles, r, status, w);
      DetailSheet.write(wb.createSheet(w.say("report.sheet.detail")), styles, r, w);
      wb.getProperties().getCoreProperties().setTitle(ReportDocument.title(e, w));
      wb.getProperties().getCoreProperties().setCreator(w.say("report.issuer.creator", e.communeName()));
      wb.write(out);
      return out.toByteArray();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  static Cell text(Row row, int column, String value, CellStyle style) {
    Cell c = row.createCell(column);
    c.setCellValue(Vietnamese.nfc(value));
    if (style != null) {
      c.setCellStyle(style);
    }
    return c;
  }

  /** A numeric cell shown with two decimals; a missing number leaves the cell blank but styled. */
  static Cell number(Row row, int column, BigDecimal value, CellStyle style) {
    Cell c = row.createCell(column);
    if (value != null) {
      c.setCellValue(value.doubleValue());
    }
    c.setCellStyle(style);
    return c;
  }

  static void widths(Sheet sheet, int... characters) {
    for (int i = 0; i < characters.length; i++) {
      sheet.setColumnWidth(i, characters[i] * 256);
    }
  }

  /**
   * Sets each row's height to fit its wrapped text. LibreOffice keeps the default height of rows written without one,
   * so wrapped cells would overlap; Excel would do the same until a row is touched. Merged cells are skipped.
   */
  static void fitHeights(Sheet sheet, int fromRow) {
    for (int r = fromRow; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      int lines = 1;
      for (Cell c : row) {
        if (c.getCellType() == CellType.STRING && c.getCellStyle().getWrapText() && !merged(sheet, c)) {
          lines = Math.max(lines, lines(c.getStringCellValue(), sheet.getColumnWidth(c.getColumnIndex()) / 256));
        }
      }
      row.setHeightInPoints(LINE_POINTS * lines + 2);
    }
  }

  /** Lines a text takes in a column of that many characters, counting words that do not fit as whole lines. */
  static int lines(String text, int columnChars) {
    int usable = Math.max(1, (int) (columnChars * CHARS_PER_WIDTH) - 1);
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      int line = 0;
      lines++;
      for (String word : paragraph.split(" ")) {
        int len = word.codePointCount(0, word.length());
        if (line > 0 && line + 1 + len > usable) {
          lines++;
          line = len;
        } else {
          line += (line > 0 ? 1 : 0) + len;
        }
      }
    }
    return lines;
  }

  private static boolean merged(Sheet sheet, Cell c) {
    return sheet.getMergedRegions().stream().anyMatch(m -> m.isInRange(c));
  }
}
