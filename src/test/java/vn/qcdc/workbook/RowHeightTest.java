package vn.qcdc.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

/**
 * Rows are tall enough for their wrapped text: LibreOffice keeps a row's stored height when it opens a workbook, so
 * a row left at the default height shows long text over the rows below it.
 */
class RowHeightTest {

  /** Line height as a share of the font size (about 1.2 in Excel and LibreOffice). */
  private static final double LINE = 1.2;

  @Test
  void exportedRowsAreTallEnoughForTheirWrappedText() {
    assertRowsFit(new Sheets(Fixtures.CONVERTER.export(Fixtures.exampleBytes())));
  }

  @Test
  void templateHeaderNotesAndGuideRowsAreTallEnoughForTheirWrappedText() {
    assertRowsFit(new Sheets(Fixtures.CONVERTER.template(Fixtures.chiMinh(), 2025)));
  }

  @Test
  void longTextsInDataRowsWrapInsteadOfRunningIntoTheNextCell() {
    Sheets sheets = new Sheets(Fixtures.CONVERTER.export(Fixtures.exampleBytes()));
    for (SheetSpec spec : new WorkbookLayout().sheets()) {
      Sheet sheet = sheets.workbook.getSheet(spec.name());
      for (int r = spec.firstDataRow(); sheet != null && r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        for (Cell cell : row == null ? List.<Cell>of() : row) {
          if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().length() > width(sheet, cell)) {
            assertThat(cell.getCellStyle().getWrapText()).as(where(cell)).isTrue();
          }
        }
      }
    }
  }

  private static void assertRowsFit(Sheets sheets) {
    List<String> checked = new ArrayList<>();
    for (Sheet sheet : sheets.workbook) {
      if (sheets.workbook.isSheetHidden(sheets.workbook.getSheetIndex(sheet))) {
        continue;
      }
      for (Row row : sheet) {
        assertThat(row.getHeightInPoints()).as("row %d of %s", row.getRowNum() + 1, sheet.getSheetName())
            .isLessThanOrEqualTo(RowHeights.MAX);
        for (Cell cell : row) {
          double needed = minimumHeight(sheet, cell);
          if (needed > 0) {
            assertThat((double) row.getHeightInPoints()).as(where(cell) + ": " + cell.getStringCellValue())
                .isGreaterThanOrEqualTo(Math.min(needed, RowHeights.MAX));
            checked.add(where(cell));
          }
        }
      }
    }
    assertThat(checked).as("cells with text on several lines").hasSizeGreaterThan(50);
  }

  /**
   * The least height a wrapped text surely needs: one line per line break, and two lines for a text half again as
   * long as its cell is wide (no font fits that on one line); 0 for cells that take a single line anyway.
   */
  private static double minimumHeight(Sheet sheet, Cell cell) {
    if (cell.getCellType() != CellType.STRING || !cell.getCellStyle().getWrapText()) {
      return 0;
    }
    String text = cell.getStringCellValue();
    int lines = text.split("\n", -1).length;
    if (text.length() > 1.5 * width(sheet, cell)) {
      lines = Math.max(lines, 2);
    }
    Font font = sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex());
    return lines < 2 ? 0 : lines * font.getFontHeightInPoints() * LINE;
  }

  /** The cell's width in characters, over the merged region it starts. */
  private static double width(Sheet sheet, Cell cell) {
    int last = cell.getColumnIndex();
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      if (region.getFirstRow() == cell.getRowIndex() && region.getFirstColumn() == cell.getColumnIndex()) {
        last = region.getLastColumn();
      }
    }
    double width = 0;
    for (int c = cell.getColumnIndex(); c <= last; c++) {
      width += sheet.getColumnWidth(c) / 256.0;
    }
    return width;
  }

  private static String where(Cell cell) {
    return cell.getSheet().getSheetName() + "!" + cell.getAddress().formatAsString();
  }
}
