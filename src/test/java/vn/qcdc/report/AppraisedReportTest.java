package vn.qcdc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.review.Appraised;
import vn.qcdc.review.AppraisedResult;

/**
 * A signed-off, appraised result in the reports: engine and appraised points side by side, the total and grade
 * recomputed from the appraised points, the state and who signed it off, read back with PDFBox and POI.
 */
class AppraisedReportTest {

  private static final LocalDate SIGNED = LocalDate.of(2026, 2, 3);

  private final Evaluation engine = ChiMinhReport.evaluation();
  private final AppraisedResult appraised = AppraisedResult.of(engine, List.of(new Appraised(1, "TC4.1",
      new BigDecimal("3.00"), "Biên bản tiếp công dân các tuần thiếu đã được bổ sung.", "auditor", Instant.now(),
      new BigDecimal("77.74"), "KHA")), engine.gradeBands());
  private final ReportStatus status = new ReportStatus("Đã công nhận", true, "auditor", SIGNED, null);

  @Test
  void thePdfShowsEngineAndAppraisedPointsTheAppraisedTotalAndTheSignOff() throws Exception {
    String text;
    String reading;
    try (PDDocument doc = Loader.loadPDF(new EvaluationReports().pdf(appraised, status, null, SIGNED))) {
      text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      PDFTextStripper byPosition = new PDFTextStripper();
      byPosition.setSortByPosition(true);
      reading = byPosition.getText(doc).replaceAll("\\s+", " ");
    }

    assertThat(text).contains("TC4.1 Chủ tịch UBND xã tiếp công dân định kỳ hằng tuần 3,00 2,00 3,00 Đạt một phần",
        "G4 Tiếp công dân 5,00 3,83 4,83", "Cộng điểm các tiêu chí 100,00 79,74 80,74", "máy chấm: 76,74 điểm",
        "Trạng thái: Đã công nhận (người công nhận: auditor, ngày 03/02/2026); là kết quả chính thức của năm.");
    assertThat(reading).contains("Tổng điểm: 77,74/100,00 điểm (điểm các tiêu chí 80,74, điều chỉnh −3,00).",
        "Xếp loại: Khá.");
  }

  @Test
  void theWorkbookShowsBothColumnsTheAppraisalsReasonAndTheState() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new EvaluationReports().xlsx(appraised,
        status)))) {
      Row tc41 = find(wb.getSheet("Kết quả chi tiết"), "TC4.1");
      Sheet summary = wb.getSheet("Tổng hợp");
      Row total = find(summary, "Tổng điểm");

      assertThat(tc41.getCell(4).getNumericCellValue()).isEqualTo(2.0);
      assertThat(tc41.getCell(5).getNumericCellValue()).isEqualTo(3.0);
      assertThat(tc41.getCell(11).getStringCellValue()).startsWith("Biên bản tiếp công dân");
      assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(76.74);
      assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(77.74);
      assertThat(find(summary, "Trạng thái").getCell(1).getStringCellValue()).contains("Đã công nhận", "auditor");
      assertThat(find(summary, "Xếp loại").getCell(4).getStringCellValue()).isEqualTo("Khá");
    }
  }

  private static Row find(Sheet sheet, String text) {
    for (Row row : sheet) {
      for (var cell : row) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
            && cell.getStringCellValue().equals(text)) {
          return row;
        }
      }
    }
    throw new AssertionError("no row reading " + text);
  }
}
