package vn.qcdc.workbook;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import vn.qcdc.workbook.SheetSpec.Shape;

/** Where a sheet of an uploaded workbook keeps its columns (on the cover sheet: its rows), as found by their headers. */
final class SheetPlacement {

  /** On the cover sheet values sit in this column. */
  static final int COVER_VALUES = 1;

  final SheetSpec spec;
  final String sheetName;
  final int firstDataRow;
  private final Map<String, Integer> positions = new HashMap<>();

  SheetPlacement(SheetSpec spec, String sheetName, int firstDataRow) {
    this.spec = spec;
    this.sheetName = sheetName;
    this.firstDataRow = firstDataRow;
  }

  /** Records that the column (on the cover: the field's row) is at {@code position}. */
  void put(Column column, int position) {
    positions.putIfAbsent(column.locator(), position);
    positions.putIfAbsent(column.key(), position);
  }

  boolean has(String locator) {
    return positions.containsKey(locator);
  }

  /** The reference of a field's cell on a data row ({@code D7}), or null when its column is not in the sheet. */
  String cell(int row, String locator) {
    Integer position = positions.get(locator);
    if (position == null) {
      return null;
    }
    return spec.shape() == Shape.COVER ? reference(position, COVER_VALUES) : reference(row, position);
  }

  /** The first cell of a data row. */
  String rowStart(int row) {
    return reference(row, 0);
  }

  /** The first data cell of the sheet, for problems that concern the sheet as a whole. */
  String firstCell() {
    return reference(firstDataRow, spec.shape() == Shape.COVER ? COVER_VALUES : 0);
  }

  static String reference(int row, int column) {
    return CellReference.convertNumToColString(column) + (row + 1);
  }
}
