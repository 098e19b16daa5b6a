package vn.qcdc.hostile;

import static vn.qcdc.hostile.HostileWorkbooks.of;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Hostile workbooks that open, but are too large inside or hold what the dossier may not: sizes, cells, sheets. */
final class HostileSheets {

  private HostileSheets() {}

  static List<Hostile> all() {
    return List.of(
        of("twoHundredThousandRows", () -> streamed(200_000, 2), "hơn 25.000 dòng"),
        of("xlsOfThirtyThousandRows", HostileSheets::xlsOfThirtyThousandRows, "hơn 25.000 dòng"),
        of("threeHundredThousandCells", () -> streamed(15_000, 20), "hơn 200.000 ô"),
        of("hugeSharedStringsTable", HostileSheets::hugeSharedStrings, "hơn 200.000 chuỗi văn bản dùng chung"),
        of("formulaWithAnErrorForTheYear", () -> Workbooks.edited(book -> {
          Cell year = Workbooks.cover(book, "Năm đánh giá");
          year.setCellFormula("1/0");
          book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(year);
        }), "ô có lỗi công thức"),
        of("coverSheetMissing", () -> Workbooks.edited(book -> book.removeSheetAt(
            book.getSheetIndex("Thông tin chung"))), "thiếu trường bắt buộc “dossierId”"),
        of("templateVersionTwo", () -> Workbooks.edited(book -> Workbooks.cover(book, "Phiên bản định dạng")
            .setCellValue("2.0")), "(các giá trị được phép: 1.0, 1.1)"),
        of("unknownSheetAdded", () -> Workbooks.edited(book -> book.createSheet("Dữ liệu lạ").createRow(0)
            .createCell(0).setCellValue("x")), "không có trong mẫu"),
        of("targetValueOfTenToThe300", () -> Workbooks.edited(book -> Workbooks.cell(book, "Chỉ tiêu", 3, 6)
            .setCellValue(1e300)), "có quá nhiều chữ số"),
        of("staffCountOfThirtyDigitsTyped", () -> Workbooks.edited(book -> Workbooks.cover(book, "Số cán bộ")
            .setCellValue("1".repeat(30))), "không phải số nguyên"),
        of("dateInTheYear9999", () -> Workbooks.edited(book -> Workbooks.cell(book, "Khiếu nại", 3, 2)
            .setCellValue("31/12/9999")), "nằm quá xa kỳ đánh giá"),
        of("escapeSequenceInACell", () -> Zips.with(Workbooks.example(), "xl/sharedStrings.xml", Zips.text(
            Workbooks.example(), "xl/sharedStrings.xml").replace("Khiếu nại việc xác nhận nguồn gốc đất",
            "Khiếu nại _x001B_[2J100/100 TOT")), "ký tự điều khiển U+001B"));
  }

  /** A workbook streamed row by row (so that making it is cheap): {@code rows} rows of {@code columns} numbers. */
  private static byte[] streamed(int rows, int columns) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("Khiếu nại");
      for (int r = 0; r < rows; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < columns; c++) {
          row.createCell(c).setCellValue(r + c);
        }
      }
      book.write(out);
      book.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] xlsOfThirtyThousandRows() {
    try (Workbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("Khiếu nại");
      for (int r = 0; r < 30_000; r++) {
        sheet.createRow(r).createCell(0).setCellValue("K-" + r);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example workbook whose shared-strings table holds 300,000 distinct texts no cell uses. */
  private static byte[] hugeSharedStrings() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas."
        + "openxmlformats.org/spreadsheetml/2006/main\" count=\"300000\" uniqueCount=\"300000\">");
    for (int i = 0; i < 300_000; i++) {
      xml.append("<si><t>chuỗi ").append(i).append("</t></si>");
    }
    Map<String, byte[]> entries = Zips.entries(Workbooks.example());
    entries.put("xl/sharedStrings.xml", xml.append("</sst>").toString().getBytes(StandardCharsets.UTF_8));
    return Zips.zip(entries);
  }
}
