package vn.qcdc.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.RowCounts;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.workbook.WorkbookConverter;

/** The auditor's upload page takes a filled workbook as well as JSON, with the same all-or-nothing outcome. */
@ServiceTest
class UploadPageWorkbookTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;

  @Test
  void aFilledWorkbookIsStoredAndEvaluated() throws Exception {
    String json = new String(ExampleBytes.example(), StandardCharsets.UTF_8)
        .replace("Văn phòng - Thống kê UBND xã", "Văn phòng - Thống kê UBND xã (bảng tính " + System.nanoTime() + ")");

    upload(new WorkbookConverter().export(json.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/danh-gia/*"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aWorkbookWithAnImpossibleDateIsRefusedNamingSheetCellAndPathAndNothingIsStored() throws Exception {
    Map<String, Long> before = RowCounts.of(jdbc);
    byte[] faulty;
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new WorkbookConverter()
        .export(ExampleBytes.example()))); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.getSheet("Khiếu nại").getRow(3).getCell(2).setCellValue("31/02/2025");
      book.write(out);
      faulty = out.toByteArray();
    }

    List<DossierProblem> problems = (List<DossierProblem>) upload(faulty).andExpect(status().isOk())
        .andReturn().getModelAndView().getModel().get("problems");

    assertThat(problems).anySatisfy(p -> {
      assertThat(p.path()).isEqualTo("Khiếu nại!C4 · $.complaints[0].receivedDate");
      assertThat(p.message()).contains("31/02/2025");
    });
    assertThat(RowCounts.of(jdbc)).isEqualTo(before);
  }

  @Test
  void aRefusedFileAndABadCellAreAnsweredInThePagesLanguage() throws Exception {
    byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    byte[] faulty;
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new WorkbookConverter()
        .export(ExampleBytes.example()))); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.getSheet("Khiếu nại").getRow(3).getCell(2).setCellValue("31/02/2025");
      book.write(out);
      faulty = out.toByteArray();
    }

    String pdfVi = page(upload(pdf, "vi"));
    String pdfEn = page(upload(pdf, "en"));
    String cellVi = page(upload(faulty, "vi"));
    String cellEn = page(upload(faulty, "en"));

    assertThat(pdfVi).contains("(tệp) · $").contains("tệp không phải bảng tính Excel (.xlsx hoặc .xls) mà là tệp PDF; "
        + "hãy mở bằng Excel và lưu thành “Sổ làm việc Excel (.xlsx)”").doesNotContain("not an Excel workbook");
    assertThat(pdfEn).contains("(file) · $").contains("the file is not an Excel workbook (.xlsx or .xls) but a PDF "
        + "file; open it in Excel and save it as an “Excel Workbook (.xlsx)”").doesNotContain("bảng tính Excel (");
    assertThat(cellVi).contains("Khiếu nại!C4 · $.complaints[0].receivedDate")
        .contains("“31/02/2025” không phải ngày có thật; hãy nhập ngày theo dạng dd/MM/yyyy");
    assertThat(cellEn).contains("Khiếu nại!C4 · $.complaints[0].receivedDate")
        .contains("“31/02/2025” is not a real date; enter the date as dd/MM/yyyy")
        .doesNotContain("không phải ngày có thật");
  }

  @Test
  void aDuplicateUploadIsRefusedInThePagesLanguage() throws Exception {
    byte[] json = new String(ExampleBytes.example(), StandardCharsets.UTF_8)
        .replace("Văn phòng - Thống kê UBND xã", "Văn phòng - Thống kê UBND xã (hai lần " + System.nanoTime() + ")")
        .getBytes(StandardCharsets.UTF_8);
    uploadJson(json, "vi").andExpect(status().is3xxRedirection());

    String vietnamese = uploadJson(json, "vi").andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    String english = uploadJson(json, "en").andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);

    assertThat(vietnamese).contains("Hồ sơ không được nhận: Hồ sơ đã được lưu trước đây")
        .contains("Hồ sơ này (đúng từng byte) đã được lưu trước đây cho xã 11095")
        .doesNotContain("Dossier already stored").doesNotContain("These exact bytes");
    assertThat(english).contains("The dossier was refused: Dossier already stored")
        .contains("These exact bytes were stored before for commune 11095").doesNotContain("đúng từng byte");
  }

  @Test
  void theCountOfErrorsIsWrittenAsPeopleCountThem() throws Exception {
    String example = new String(ExampleBytes.example(), StandardCharsets.UTF_8);
    String date = "(\"receivedDate\": \")(?!2025-13)[0-9-]{10}";
    byte[] one = example.replaceFirst(date, "$12025-13-01").getBytes(StandardCharsets.UTF_8);
    byte[] two = example.replaceFirst(date, "$12025-13-01").replaceFirst(date, "$12025-13-01")
        .getBytes(StandardCharsets.UTF_8);

    assertThat(page(uploadJson(one, "en"))).contains("The dossier has 1 error and was not stored:");
    assertThat(page(uploadJson(one, "vi"))).contains("Hồ sơ có 1 lỗi, chưa được lưu:");
    assertThat(page(uploadJson(two, "en"))).contains("The dossier has 2 errors and was not stored:");
  }

  /** The browser's own file button speaks the browser's language ("Choose File" on a Vietnamese page); ours does not. */
  @Test
  void theFilePickerSpeaksThePagesLanguage() throws Exception {
    String vietnamese = page("vi");
    String english = page("en");

    assertThat(vietnamese).contains(">Chọn tệp…</label>").contains(">Chưa chọn tệp</span>")
        .contains("type=\"file\" class=\"visually-hidden\" id=\"hoSo\" name=\"hoSo\"");
    assertThat(english).contains(">Choose a file…</label>").contains(">No file chosen</span>");
  }

  private String page(String language) throws Exception {
    return mvc.perform(get("/tai-len").param("lang", language).with(user(users.loadUserByUsername("auditor"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private ResultActions uploadJson(byte[] json, String language) throws Exception {
    return mvc.perform(multipart("/tai-len").file(new MockMultipartFile("hoSo", "ho-so.json", "application/json", json))
        .param("lang", language).with(user(users.loadUserByUsername("auditor"))).with(csrf()));
  }

  private ResultActions upload(byte[] workbook) throws Exception {
    return upload(workbook, "vi");
  }

  private ResultActions upload(byte[] workbook, String language) throws Exception {
    return mvc.perform(multipart("/tai-len").file(new MockMultipartFile("hoSo", "ho-so.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook))
        .param("lang", language).with(user(users.loadUserByUsername("auditor"))).with(csrf()));
  }

  private static String page(ResultActions answer) throws Exception {
    return answer.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }
}
