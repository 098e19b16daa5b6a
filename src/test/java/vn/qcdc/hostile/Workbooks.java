package vn.qcdc.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.workbook.WorkbookConverter;

/** The example dossier as the service's own workbook, and that workbook changed in a cell or a sheet. */
final class Workbooks {

  private Workbooks() {}

  /** Made once (see {@link Memo}); a copy each time. */
  static byte[] example() {
    return Memo.of("example workbook", () -> new WorkbookConverter().export(ExampleBytes.example())).get();
  }

  static byte[] edited(Consumer<Workbook> edit) {
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(example()));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      edit.accept(book);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cover's value cell beside a label, such as "Năm đánh giá". */
  static org.apache.poi.ss.usermodel.Cell cover(Workbook book, String label) {
    for (Row row : book.getSheet("Thông tin chung")) {
      if (row.getCell(0) != null && row.getCell(0).toString().startsWith(label)) {
        return row.getCell(1) != null ? row.getCell(1) : row.createCell(1);
      }
    }
    throw new IllegalArgumentException("no cover row " + label);
  }

  /** A cell of a data sheet, by 0-based row and column. */
  static org.apache.poi.ss.usermodel.Cell cell(Workbook book, String sheet, int row, int column) {
    Sheet s = book.getSheet(sheet);
    Row r = s.getRow(row) != null ? s.getRow(row) : s.createRow(row);
    return r.getCell(column) != null ? r.getCell(column) : r.createCell(column);
  }
}
