package vn.qcdc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.qcdc.support.Api;
import vn.qcdc.support.ServiceTest;

/**
 * The reports download in the language the user reads the pages in: Vietnamese by default (the official document),
 * English once the language switch ({@code ?lang=en}) chose English for the session, and Vietnamese again after
 * {@code ?lang=vi}.
 */
@ServiceTest
class ReportDownloadLanguageTest {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  long evaluation;

  @BeforeEach
  void evaluateTheExample() throws Exception {
    evaluation = new Api(mvc).freshEvaluation();
  }

  @Test
  void thePdfIsVietnameseByDefaultAndEnglishAfterTheLanguageSwitch() throws Exception {
    MockHttpSession session = new MockHttpSession();

    String vietnamese = pdfText(download("pdf", session));
    mvc.perform(get("/").param("lang", "en").session(session).with(auditorPage()));
    String english = pdfText(download("pdf", session));
    mvc.perform(get("/").param("lang", "vi").session(session).with(auditorPage()));
    String vietnameseAgain = pdfText(download("pdf", session));

    assertThat(vietnamese).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "Cộng điểm các tiêu chí 100,00",
        "IV. CÁC TIÊU CHÍ CHƯA ĐẠT ĐIỂM TỐI ĐA").doesNotContain("REPORT", "Total:");
    assertThat(english).contains("SOCIALIST REPUBLIC OF VIETNAM", "REPORT", "Sum of the criteria 100.00",
        "IV. CRITERIA BELOW FULL POINTS", "Total:", "Grade:")
        .doesNotContain("BÁO CÁO", "Tổng điểm", "Xếp loại:", "Cộng điểm các tiêu chí");
    assertThat(vietnameseAgain).isEqualTo(vietnamese);
  }

  @Test
  void theWorkbookFollowsTheLanguageAskedForWithTheDownload() throws Exception {
    MockHttpSession session = new MockHttpSession();

    try (XSSFWorkbook vi = workbook(download("xlsx", session));
        XSSFWorkbook en = workbook(mvc.perform(request("xlsx", session).param("lang", "en"))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())) {
      assertThat(vi.getSheetName(0)).isEqualTo("Tổng hợp");
      assertThat(vi.getSheet("Kết quả chi tiết").getRow(0).getCell(2).getStringCellValue()).isEqualTo("Tiêu chí");
      assertThat(en.getSheetName(0)).isEqualTo("Summary");
      assertThat(en.getSheet("Detailed results").getRow(0).getCell(2).getStringCellValue()).isEqualTo("Criterion");
    }
  }

  private byte[] download(String kind, MockHttpSession session) throws Exception {
    return mvc.perform(request(kind, session)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsByteArray();
  }

  private MockHttpServletRequestBuilder request(String kind, MockHttpSession session) {
    return get("/danh-gia/{id}/bao-cao." + kind, evaluation).session(session).with(auditorPage());
  }

  /** The auditor signed in to the pages (the API's basic authentication is not how pages are reached). */
  private RequestPostProcessor auditorPage() {
    return user(users.loadUserByUsername("auditor"));
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  private static XSSFWorkbook workbook(byte[] xlsx) throws Exception {
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
  }
}
