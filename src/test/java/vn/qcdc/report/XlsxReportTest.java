package vn.qcdc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The XLSX workbook of the worked example, read back with POI as a spreadsheet program would. */
class XlsxReportTest {

  static XSSFWorkbook workbook;

  @BeforeAll
  static void writeAndRead() throws IOException {
    byte[] xlsx = ChiMinhReport.xlsx();
    Files.createDirectories(Path.of("target/reports"));
    Files.write(Path.of("target/reports/chi-minh-2025.xlsx"), xlsx);
    workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
  }

  @AfterAll
  static void close() throws IOException {
    workbook.close();
  }

  @Test
  void hasTheSummarySheetThenTheDetailSheet() {
    assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
    assertThat(workbook.getSheetName(0)).isEqualTo("Tổng hợp");
    assertThat(workbook.getSheetName(1)).isEqualTo("Kết quả chi tiết");
  }

  @Test
  void detailSheetHasAFrozenHeaderAndOneRowPerFinding() {
    XSSFSheet detail = workbook.getSheet("Kết quả chi tiết");

    assertThat(texts(detail.getRow(0))).containsExactly("Mã", "Nhóm", "Tiêu chí", "Điểm tối đa", "Điểm máy chấm",
        "Điểm thẩm định", "Trạng thái", "Hồ sơ sử dụng", "Cảnh báo", "Căn cứ pháp lý", "Giải thích",
        "Lý do thẩm định");
    assertThat(detail.getLastRowNum()).isEqualTo(40);
    assertThat(detail.getPaneInformation().isFreezePane()).isTrue();
    assertThat(detail.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    assertThat(detail.getColumnWidth(10)).isGreaterThan(detail.getColumnWidth(0) * 5);
  }

  @Test
  void pointsAreNumericCellsShownWithTwoDecimals() {
    Row tc51 = findRow(workbook.getSheet("Kết quả chi tiết"), "TC5.1");
    Cell points = tc51.getCell(4);

    assertThat(points.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(points.getNumericCellValue()).isEqualTo(1.5);
    assertThat(points.getCellStyle().getDataFormatString()).isEqualTo("0.00");
    assertThat(points.getCellStyle().getWrapText()).isTrue();
    assertThat(texts(tc51)).containsSubsequence("TC5.1", "G5", "Thụ lý khiếu nại đúng hạn", "2.00", "1.50", "1.50",
        "Đạt một phần", "K-01, K-02, K-03, K-04");
    assertThat(tc51.getCell(9).getStringCellValue()).isEqualTo("Điều 27 Luật Khiếu nại 02/2011/QH13");
    assertThat(tc51.getCell(10).getStringCellValue()).contains("K-02: thụ lý hoặc từ chối thụ lý khiếu nại");
  }

  @Test
  void aLegalBasisThatChangedDuringTheYearShowsEachTextWithItsDates() {
    Row tc32 = findRow(workbook.getSheet("Kết quả chi tiết"), "TC3.2");

    assertThat(tc32.getCell(9).getStringCellValue())
        .startsWith("Đến 30/06/2025: Điều 19 khoản 4, khoản 9 Nghị định 61/2018/NĐ-CP")
        .contains(". Từ 01/07/2025: Điều 12 khoản 5, Điều 16 khoản 3, Điều 17 khoản 1 điểm c, Điều 19 khoản 6 Nghị định"
            + " 118/2025/NĐ-CP");
  }

  @Test
  void rowsAreTallEnoughForTheirWrappedTextSinceLibreOfficeDoesNotFitThem() {
    Row tc64 = findRow(workbook.getSheet("Kết quả chi tiết"), "TC6.4");
    int explanationChars = tc64.getCell(10).getStringCellValue().length();

    assertThat(explanationChars).isGreaterThan(600);
    assertThat(tc64.getHeightInPoints()).isGreaterThanOrEqualTo(15f * explanationChars / (75 * 1.1f));
    assertThat(FindingsWorkbook.lines("một hai ba\nbốn", 7)).isEqualTo(3);
  }

  @Test
  void summaryNamesTheProfileAndGivesGroupsAdjustmentsTotalAndGrade() {
    Sheet summary = workbook.getSheet("Tổng hợp");

    assertThat(texts(findRow(summary, "Bộ tiêu chí"))).contains("reference-2025");
    assertThat(texts(findRow(summary, "Mã băm bộ quy tắc"))).contains(ChiMinhReport.evaluation().ruleSetHash());
    assertThat(texts(findRow(summary, "G6"))).containsExactly("G6", "Thực hiện dân chủ ở xã", "25.00", "19.91",
        "19.91");
    assertThat(texts(findRow(summary, "D3"))).contains("Có", "-2.00");
    assertThat(texts(findRow(summary, "D1"))).contains("Không");
    Row total = findRow(summary, "Tổng điểm");
    assertThat(total.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(76.74);
    assertThat(texts(findRow(summary, "Xếp loại"))).contains("Khá");
  }

  /** The first row with a cell reading {@code text}. */
  private static Row findRow(Sheet sheet, String text) {
    for (Row row : sheet) {
      if (texts(row).contains(text)) {
        return row;
      }
    }
    throw new AssertionError("No row with " + text + " in " + sheet.getSheetName());
  }

  private static List<String> texts(Row row) {
    DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (Cell c : row) {
      String s = formatter.formatCellValue(c);
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
