package vn.qcdc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.review.Appraised;
import vn.qcdc.review.AppraisedResult;

/**
 * The reports in English, asked for by a reader of the English pages: the same appraised, signed-off result as
 * {@link AppraisedReportTest}, read back with PDFBox and POI. Every label comes from the English side of the
 * {@code messages-report} bundle, numbers take a decimal point, dates stay dd/MM/yyyy, and no Vietnamese label of the
 * bundle is left (the commune's name, legal citations and the appraiser's own words stay as written).
 */
class EnglishReportTest {

  private static final LocalDate SIGNED = LocalDate.of(2026, 2, 3);
  private static final Locale EN = Locale.ENGLISH;

  static String text;
  static String reading;
  static XSSFWorkbook workbook;

  @BeforeAll
  static void renderInEnglish() throws IOException {
    Evaluation engine = ChiMinhReport.evaluation();
    AppraisedResult appraised = AppraisedResult.of(engine, List.of(new Appraised(1, "TC4.1",
        new BigDecimal("3.00"), "Biên bản tiếp công dân các tuần thiếu đã được bổ sung.", "auditor", Instant.now(),
        new BigDecimal("77.74"), "KHA")), engine.gradeBands());
    ReportStatus status = new ReportStatus("Signed off", true, "auditor", SIGNED, null);
    Issuer issuer = Issuer.of(ChiMinhReport.dossier().dossier().commune());
    EvaluationReports reports = new EvaluationReports();
    byte[] pdf = reports.pdf(appraised, status, issuer, ChiMinhReport.REPORT_DATE, EN);
    byte[] xlsx = reports.xlsx(appraised, status, EN);
    Path out = Files.createDirectories(Path.of("target/reports"));
    Files.write(out.resolve("chi-minh-2025-en.pdf"), pdf);
    Files.write(out.resolve("chi-minh-2025-en.xlsx"), xlsx);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      text = flat(new PDFTextStripper().getText(doc));
      PDFTextStripper byPosition = new PDFTextStripper();
      byPosition.setSortByPosition(true);
      reading = flat(byPosition.getText(doc));
      // The first page as a reader sees it, for a look by eye (target/reports/chi-minh-2025-en-1.png).
      ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 80), "png", out.resolve("chi-minh-2025-en-1.png")
          .toFile());
    }
    workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
  }

  @AfterAll
  static void close() throws IOException {
    workbook.close();
  }

  @Test
  void thePdfHeadingTitleAndClosingAreInEnglishWithTheDateAsDayMonthYear() {
    assertThat(reading).contains("SOCIALIST REPUBLIC OF VIETNAM", "Independence - Freedom - Happiness",
        "PEOPLE'S COMMITTEE", "CHÍ MINH COMMUNE", "No.: ......./BC-UBND", "Chí Minh, 20/01/2026", "REPORT",
        "Results of the evaluation of government mass mobilisation work and the implementation of grassroots"
            + " democracy in 2025",
        "not the official evaluation and grading of the provincial People's Committee",
        "Status: Signed off (signed off by auditor on 03/02/2026); this is the official result of the year.");
    assertThat(text).contains("The above is the report of the People's Committee of Chí Minh commune", "Recipients:",
        "- People's Committee of Tứ Kỳ district (for reporting);", "- Filed: Office.",
        "ON BEHALF OF THE PEOPLE'S COMMITTEE", "CHAIRPERSON");
    assertThat(text).doesNotContain("''");
  }

  @Test
  void thePdfScoresTotalGradeAndShortfallsReadInEnglishWithADecimalPoint() {
    assertThat(text).contains("I. POINTS BY CRITERION", "Maximum points", "Computed points", "Appraised points",
        "TC5.1 Complaints accepted on time 2.00 1.50 1.50 Partial", "Sum of the criteria 100.00 79.74 80.74",
        "II. DEDUCTIONS, BONUSES AND GRADE CAPS", "Deduction", "−2.00 points", "grade at most Fair",
        "The other adjustments do not apply (D1, D2, B1, E1).", "IV. CRITERIA BELOW FULL POINTS",
        "TC5.1 – Complaints accepted on time (1.50/2.00 points, partial).", "Legal basis: Điều 27 Luật Khiếu nại",
        "Appraisals: TC4.1 3.00 points (Biên bản tiếp công dân");
    assertThat(reading).contains("Total: 77.74/100.00 points (criteria 80.74, adjustments −3.00).",
        "computed: 76.74 points, grade Fair.", "Grade: Fair.");
  }

  @Test
  void theEnglishPdfCarriesNoVietnameseLabelOfTheBundle() throws IOException {
    assertThat(text).doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "Tổng điểm", "Xếp loại",
        "Xếp loại: Khá", "IV. CÁC TIÊU CHÍ CHƯA ĐẠT ĐIỂM TỐI ĐA", "Căn cứ pháp lý:", "Nơi nhận", "Đạt một phần", " điểm,", " điểm)");
    assertThat(vietnameseLabels()).hasSizeGreaterThan(50)
        .allSatisfy(label -> assertThat(text).doesNotContain(label));
  }

  @Test
  void theWorkbookHasEnglishSheetsHeadersLabelsAndGrades() {
    assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
    assertThat(workbook.getSheetName(1)).isEqualTo("Detailed results");
    Sheet summary = workbook.getSheet("Summary");
    Sheet detail = workbook.getSheet("Detailed results");

    assertThat(texts(detail.getRow(0))).containsExactly("Code", "Group", "Criterion", "Maximum points",
        "Computed points", "Appraised points", "Status", "Records used", "Warnings", "Legal basis", "Explanation",
        "Appraisal reason");
    assertThat(texts(find(detail, "TC5.1"))).containsSubsequence("TC5.1", "G5", "Complaints accepted on time",
        "2.00", "1.50", "1.50", "Partial");
    assertThat(texts(find(summary, "Commune"))).contains("Chí Minh (code 11095)");
    assertThat(texts(find(summary, "Status"))).anySatisfy(s -> assertThat(s).startsWith("Status: Signed off"));
    assertThat(texts(find(summary, "D3"))).contains("Yes", "-2.00");
    assertThat(texts(find(summary, "D1"))).contains("No");
    Row total = find(summary, "Total");
    assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(76.74);
    assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(77.74);
    assertThat(texts(find(summary, "Grade"))).contains("Fair");
    assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo("People's Committee of Chí Minh");
  }

  @Test
  void theEnglishWorkbookCarriesNoVietnameseLabelOfTheBundle() throws IOException {
    List<String> cells = new ArrayList<>();
    for (Sheet sheet : workbook) {
      cells.add(sheet.getSheetName());
      for (Row row : sheet) {
        cells.addAll(texts(row));
      }
    }
    String all = String.join(" | ", cells);

    assertThat(all).doesNotContain("Tổng hợp", "Kết quả chi tiết", "Tổng điểm", "Xếp loại", "| Khá |", "| Có |",
        "| Không |", "Đạt một phần", "Điểm máy chấm");
    assertThat(vietnameseLabels()).allSatisfy(label -> assertThat(all).doesNotContain(label));
  }

  /**
   * The Vietnamese wording of every label and sentence of the bundle, cut at its arguments: the pieces of eight
   * letters or more that the English side does not share, less those the result's own Vietnamese data also uses (a
   * legal basis cites "Bộ tiêu chí tham chiếu 2025 §14 D4"; the appraiser wrote in Vietnamese).
   */
  static List<String> vietnameseLabels() throws IOException {
    Evaluation e = ChiMinhReport.evaluation();
    StringBuilder data = new StringBuilder("Biên bản tiếp công dân các tuần thiếu đã được bổ sung.");
    e.findings().forEach(f -> data.append('\n').append(f.legalBasis()).append('\n')
        .append(String.join("\n", f.warnings())));
    e.adjustments().forEach(a -> data.append('\n').append(a.legalBasis()));
    Properties vi = load("messages-report.properties");
    Properties en = load("messages-report_en.properties");
    List<String> labels = new ArrayList<>();
    for (String key : vi.stringPropertyNames()) {
      for (String piece : vi.getProperty(key).split("\\{\\d}")) {
        String p = piece.replace("''", "'").strip();
        if (p.length() >= 8 && !en.getProperty(key).contains(p) && NON_ASCII.matcher(p).find()
            && !data.toString().contains(p)) {
          labels.add(p);
        }
      }
    }
    return labels;
  }

  private static final Pattern NON_ASCII = Pattern.compile("[^\\x00-\\x7F]");

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  private static Row find(Sheet sheet, String text) {
    for (Row row : sheet) {
      if (texts(row).contains(text)) {
        return row;
      }
    }
    throw new AssertionError("No row with " + text + " in " + sheet.getSheetName());
  }

  private static List<String> texts(Row row) {
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (Cell c : row) {
      out.add(c.getCellType() == CellType.STRING ? c.getStringCellValue() : formatter.formatCellValue(c));
    }
    return out;
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
