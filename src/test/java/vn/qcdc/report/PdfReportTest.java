package vn.qcdc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF report of the worked example, read back with PDFBox as a reader's PDF viewer would. */
class PdfReportTest {

  static String text;
  static String reading;
  static String firstPage;
  static String lastPage;
  static int pages;

  @BeforeAll
  static void renderAndExtract() throws IOException {
    byte[] pdf = ChiMinhReport.pdf();
    Files.createDirectories(Path.of("target/reports"));
    Files.write(Path.of("target/reports/chi-minh-2025.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      pages = doc.getNumberOfPages();
      text = flat(new PDFTextStripper().getText(doc));
      reading = flat(stripper().getText(doc));
      firstPage = flat(pageText(doc, 1));
      lastPage = flat(pageText(doc, pages));
    }
  }

  @Test
  void headingCarriesTheNationalTitleMottoAndIssuingBody() {
    assertThat(firstPage).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN", "XÃ CHÍ MINH", "Số: ......./BC-UBND", "Chí Minh, ngày 20 tháng 01 năm 2026", "BÁO CÁO",
        "Kết quả đánh giá công tác dân vận chính quyền và thực hiện Quy chế dân chủ ở cơ sở năm 2025");
  }

  @Test
  void namesTheProfileAndSaysItIsNotTheProvincesOfficialEvaluation() {
    assertThat(firstPage).contains("reference-2025", ChiMinhReport.evaluation().ruleSetHash().substring(0, 12),
        "không phải kết quả đánh giá, xếp loại chính thức");
  }

  @Test
  void tableListsEveryCriterionWithItsVietnameseTitleAndGroupSubtotals() {
    assertThat(text).contains("TC5.1 Thụ lý khiếu nại đúng hạn 2,00 1,50 1,50 Đạt một phần",
        "G6 Thực hiện dân chủ ở xã 25,00 19,91 19,91", "Cộng điểm các tiêu chí 100,00 79,74 79,74",
        "Điểm máy chấm", "Điểm thẩm định");
    ChiMinhReport.evaluation().findings().forEach(f -> assertThat(text).contains(f.criterion() + " "));
  }

  @Test
  void adjustmentsTotalAndGradeAreStatedInVietnamese() {
    assertThat(text).contains("D3", "D4", "D5", "Khấu trừ", "Giới hạn xếp loại", "−2,00 điểm", "xếp loại tối đa Khá",
        "Các khoản điều chỉnh khác không phát sinh (D1, D2, B1, E1)");
    assertThat(reading).contains("Tổng điểm: 76,74/100,00 điểm (điểm các tiêu chí 79,74, điều chỉnh −3,00).",
        "Xếp loại: Khá.");
  }

  @Test
  void criteriaBelowFullPointsAreExplainedWithTheirLegalBasis() {
    assertThat(text).contains("IV. CÁC TIÊU CHÍ CHƯA ĐẠT ĐIỂM TỐI ĐA",
        "TC5.1 – Thụ lý khiếu nại đúng hạn (1,50/2,00 điểm, đạt một phần).",
        "– K-02: thụ lý hoặc từ chối thụ lý khiếu nại hạn 15/05/2025",
        "Căn cứ pháp lý: Điều 27 Luật Khiếu nại 02/2011/QH13");
    assertThat(text).doesNotContain("TC1.3 – ");
  }

  @Test
  void aLegalBasisThatChangedDuringTheYearIsCitedWithTheDatesOfEachText() {
    assertThat(text).contains("Căn cứ pháp lý: Đến 30/06/2025: Điều 19 khoản 4, khoản 9 Nghị định 61/2018/NĐ-CP")
        .contains("Từ 01/07/2025: Điều 12 khoản 5, Điều 16 khoản 3, Điều 17 khoản 1 điểm c, Điều 19 khoản 6 Nghị định"
            + " 118/2025/NĐ-CP")
        .contains("Căn cứ: Đến 30/06/2025: Điều 19 khoản 9 Nghị định 61/2018/NĐ-CP");
  }

  @Test
  void endsWithRecipientsAndTheChairmansSignatureBlock() {
    assertThat(lastPage).contains("Trên đây là báo cáo kết quả đánh giá", "của Ủy ban nhân dân xã Chí Minh./.",
        "Nơi nhận:", "- UBND huyện Tứ Kỳ (để báo cáo);", "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
  }

  @Test
  void isA4PortraitWithEveryFontEmbedded() throws IOException {
    try (PDDocument doc = Loader.loadPDF(ChiMinhReport.pdf())) {
      PDPage page = doc.getPage(0);
      List<PDFont> fonts = fonts(page.getResources());

      assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
      assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
      assertThat(fonts).isNotEmpty().allSatisfy(f -> {
        assertThat(f.isEmbedded()).as(f.getName() + " embedded").isTrue();
        assertThat(f.getName()).contains("LiberationSerif");
      });
      assertThat(pages).isBetween(3, 12);
    }
  }

  @Test
  void declaresPdfA2uForTheArchive() throws IOException {
    try (PDDocument doc = Loader.loadPDF(ChiMinhReport.pdf())) {
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);

      assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>U</pdfaid:conformance>");
      assertThat(doc.getDocumentCatalog().getOutputIntents()).isNotEmpty();
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(
          "Báo cáo kết quả đánh giá công tác dân vận chính quyền và thực hiện Quy chế dân chủ ở cơ sở năm 2025");
    }
  }

  private static List<PDFont> fonts(PDResources resources) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    return fonts;
  }

  private static String pageText(PDDocument doc, int page) throws IOException {
    PDFTextStripper stripper = stripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(doc);
  }

  /**
   * Text in reading order, for paragraphs with a bold run: it is drawn after the sentence around it. Table cells
   * side by side are read in drawing order instead, since sorting interleaves their lines.
   */
  private static PDFTextStripper stripper() {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    return stripper;
  }

  /** Lines joined by single spaces, so that a check does not depend on where a line wraps. */
  private static String flat(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
