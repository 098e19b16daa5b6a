package vn.qcdc.workbook;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of one workbook: title, headers, notes, and one data style per column kind. */
final class WorkbookStyles {

  final CellStyle title;
  final CellStyle header;
  final CellStyle requiredHeader;
  final CellStyle note;
  final CellStyle guide;
  private final Map<ColumnKind, CellStyle> data = new EnumMap<>(ColumnKind.class);

  WorkbookStyles(Workbook workbook) {
    DataFormat format = workbook.createDataFormat();
    Font bold = workbook.createFont();
    bold.setBold(true);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 13);
    Font small = workbook.createFont();
    small.setItalic(true);
    small.setFontHeightInPoints((short) 9);

    title = workbook.createCellStyle();
    title.setFont(big);
    header = framed(workbook, bold, IndexedColors.PALE_BLUE);
    requiredHeader = framed(workbook, bold, IndexedColors.LIGHT_ORANGE);
    note = framed(workbook, small, IndexedColors.LEMON_CHIFFON);
    guide = workbook.createCellStyle();
    guide.setWrapText(true);
    guide.setVerticalAlignment(VerticalAlignment.TOP);

    short text = format.getFormat("@");
    for (ColumnKind kind : ColumnKind.values()) {
      CellStyle style = workbook.createCellStyle();
      style.setVerticalAlignment(VerticalAlignment.TOP);
      style.setDataFormat(switch (kind) {
        case DATE -> format.getFormat("dd/mm/yyyy");
        case MONTH -> format.getFormat("mm/yyyy");
        case INTEGER -> format.getFormat("0");
        case DECIMAL -> format.getFormat("General");
        default -> text;
      });
      // Texts, labels and ids wrap (rows get a fitting height); numbers, dates and Có/Không stay on one line.
      style.setWrapText(switch (kind) {
        case INTEGER, DECIMAL, DATE, MONTH, BOOLEAN, ENUM_FLAG -> false;
        default -> true;
      });
      data.put(kind, style);
    }
  }

  CellStyle data(ColumnKind kind) {
    return data.get(kind);
  }

  private static CellStyle framed(Workbook workbook, Font font, IndexedColors fill) {
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    style.setWrapText(true);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    style.setFillForegroundColor(fill.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    style.setDataFormat(workbook.createDataFormat().getFormat("@"));
    return style;
  }
}
