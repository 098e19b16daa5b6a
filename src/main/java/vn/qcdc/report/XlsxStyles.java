package vn.qcdc.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the findings workbook, created once per workbook. */
final class XlsxStyles {

  final CellStyle title;
  final CellStyle label;
  final CellStyle value;
  final CellStyle header;
  final CellStyle text;
  final CellStyle number;
  final CellStyle boldText;
  final CellStyle boldNumber;

  XlsxStyles(Workbook wb) {
    Font bold = font(wb, true, (short) 11);
    Font titleFont = font(wb, true, (short) 13);
    title = wb.createCellStyle();
    title.setFont(titleFont);
    label = wb.createCellStyle();
    label.setFont(bold);
    label.setVerticalAlignment(VerticalAlignment.TOP);
    value = wb.createCellStyle();
    value.setVerticalAlignment(VerticalAlignment.TOP);
    header = bordered(wb);
    header.setFont(bold);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    text = bordered(wb);
    number = bordered(wb);
    number.setDataFormat(wb.createDataFormat().getFormat("0.00"));
    number.setAlignment(HorizontalAlignment.RIGHT);
    boldText = bordered(wb);
    boldText.setFont(bold);
    boldNumber = bordered(wb);
    boldNumber.cloneStyleFrom(number);
    boldNumber.setFont(bold);
  }

  private static Font font(Workbook wb, boolean bold, short points) {
    Font f = wb.createFont();
    f.setBold(bold);
    f.setFontHeightInPoints(points);
    return f;
  }

  private static CellStyle bordered(Workbook wb) {
    CellStyle s = wb.createCellStyle();
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    s.setWrapText(true);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }
}
