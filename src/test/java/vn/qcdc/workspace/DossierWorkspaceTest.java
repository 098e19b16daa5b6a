package vn.qcdc.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.qcdc.intake.DossierRepository;
import vn.qcdc.intake.StoredDossier;
import vn.qcdc.support.Api;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;
import vn.qcdc.workbook.WorkbookProblem;

/** The dossier pages over HTTP: who may work on which commune, and how each edit becomes a version. */
@ServiceTest
class DossierWorkspaceTest {

  private static int nextYear = 2040;

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired DossierRepository dossiers;

  int year;

  @BeforeEach
  void startAYearOfChiMinh() throws Exception {
    new Api(mvc).upload(ExampleBytes.fresh());
    year = nextYear++;
    mvc.perform(post(page("/lap")).with(as("officer")).with(csrf())).andExpect(status().is3xxRedirection());
    assertThat(versions()).hasSize(1);
  }

  @Test
  void anOfficerWorksOnTheirOwnCommuneOnlySubmitsAndOnlyAnAuditorEvaluatesTheSubmittedVersion() throws Exception {
    mvc.perform(get(page("")).with(as("officer"))).andExpect(status().isOk());
    mvc.perform(get("/xa/" + TestUsers.OTHER_COMMUNE + "/ho-so/" + year).with(as("officer")))
        .andExpect(status().isForbidden());
    mvc.perform(get(page("")).with(as("chairman"))).andExpect(status().isForbidden());
    mvc.perform(post(page("/cham-diem")).with(as("officer")).with(csrf())).andExpect(status().isForbidden());
    mvc.perform(post(page("/cham-diem")).with(as("auditor")).with(csrf()))
        .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("Chưa có phiên bản nào được nộp")));
    mvc.perform(post(page("/nop")).param("base", String.valueOf(newest())).with(as("auditor")).with(csrf()))
        .andExpect(status().isForbidden());

    mvc.perform(post(page("/nop")).param("base", String.valueOf(newest())).with(as("officer")).with(csrf()))
        .andExpect(flash().attribute("submitted", 1));
    String first = mvc.perform(post(page("/cham-diem")).with(as("auditor")).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    assertThat(first).matches("/danh-gia/\\d+");
    mvc.perform(post(page("/cham-diem")).with(as("auditor")).with(csrf()))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(first));
  }

  @Test
  void aRecordAddedDeletedAndAddedAgainStoresEveryStepEvenWhenContentRepeats() throws Exception {
    addComplaint(newest()).andExpect(flash().attributeExists("saved"));
    mvc.perform(post(page("/muc/complaints/1/xoa")).param("base", String.valueOf(newest())).with(as("officer"))
        .with(csrf())).andExpect(flash().attributeExists("saved"));
    addComplaint(newest()).andExpect(flash().attributeExists("saved"));

    List<StoredDossier> versions = versions();
    assertThat(versions).extracting(StoredDossier::version).containsExactly(1, 2, 3, 4);
    assertThat(versions.get(3).hash()).isEqualTo(versions.get(1).hash());
    assertThat(versions.get(1).source()).contains("thêm bản ghi K-01").contains("complaints");
    assertThat(versions.get(1).uploadedBy()).isEqualTo("officer");
  }

  @Test
  void savingTheSameRecordAgainStoresNothing() throws Exception {
    addComplaint(newest());
    long before = newest();

    mvc.perform(complaint(post(page("/muc/complaints/1")), before)).andExpect(flash().attributeExists("unchanged"));

    assertThat(newest()).isEqualTo(before);
  }

  @Test
  void anEditBasedOnAnOlderVersionIsRefusedAndNothingIsStored() throws Exception {
    long stale = newest();
    addComplaint(stale);
    long before = newest();

    mvc.perform(complaint(post(page("/muc/complaints/moi")), stale))
        .andExpect(status().isOk())
        .andExpect(model().attribute("error", org.hamcrest.Matchers.containsString("đã được cập nhật")));

    assertThat(newest()).isEqualTo(before);
  }

  @Test
  void theDossiersOwnWorkbookUploadedBackWithAnEditIsTheNextVersion() throws Exception {
    addComplaint(newest());
    byte[] workbook = mvc.perform(get(page("/ho-so.xlsx")).with(as("officer"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    byte[] edited = withCell(workbook, "Khiếu nại", "B4", "Khiếu nại về ranh giới đất");

    mvc.perform(uploadWorkbook(edited)).andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("uploaded", "ho-so.xlsx"));

    assertThat(versions()).hasSize(3);
    assertThat(new String(dossiers.content(newest()).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("Khiếu nại về ranh giới đất");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aWorkbookOfAnotherYearIsRefusedOnThisYearsPage() throws Exception {
    byte[] otherYear = new vn.qcdc.workbook.WorkbookConverter().export(ExampleBytes.example());
    long before = newest();

    List<WorkbookProblem> problems = (List<WorkbookProblem>) mvc.perform(uploadWorkbook(otherYear))
        .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("workbookProblems");

    assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("năm 2025")
        .contains("năm " + year));
    assertThat(uploadedPage(otherYear, "en"))
        .contains("The workbook is the dossier of commune 11095 for 2025, not of commune 11095 for " + year + ".")
        .doesNotContain("không phải của xã");

    assertThat(newest()).isEqualTo(before);
  }

  @Test
  void aRecordThatDoesNotExistIsNotFound() throws Exception {
    mvc.perform(get(page("/muc/complaints/7")).with(as("officer"))).andExpect(status().isNotFound());
    mvc.perform(get(page("/muc/khong-phai-muc")).with(as("officer"))).andExpect(status().isNotFound());
  }

  private org.springframework.test.web.servlet.ResultActions addComplaint(long base) throws Exception {
    return mvc.perform(complaint(post(page("/muc/complaints/moi")), base)).andExpect(status().is3xxRedirection());
  }

  private MockHttpServletRequestBuilder complaint(MockHttpServletRequestBuilder request, long base) {
    return request.param("base", String.valueOf(base)).param("id", "K-01").param("subject", "Khiếu nại về đất")
        .param("receivedDate", "03/03/" + year).param("withinCompetence", "Có").with(as("officer")).with(csrf());
  }

  @Test
  @SuppressWarnings("unchecked")
  void aWorkbookUploadWithoutAFileIsAnsweredInThePagesLanguage() throws Exception {
    for (String[] expected : new String[][] {{"vi", "Chưa chọn tệp bảng tính"}, {"en", "No workbook file was chosen"}}) {
      var answer = mvc.perform(multipart(page("/bang-tinh")).param("lang", expected[0]).with(as("officer"))
          .with(csrf())).andExpect(status().isOk()).andReturn();
      List<WorkbookProblem> problems = (List<WorkbookProblem>) answer.getModelAndView().getModel()
          .get("workbookProblems");

      assertThat(problems).singleElement().satisfies(p -> assertThat(p.message(Locale.forLanguageTag(expected[0])))
          .isEqualTo(expected[1]));
      assertThat(answer.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(expected[1]);
    }
  }

  @Test
  void theUntouchedTemplateIsRefusedInThePagesLanguage() throws Exception {
    byte[] untouched = mvc.perform(get(page("/mau.xlsx")).with(as("officer"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();

    String vi = uploadedPage(untouched, "vi");
    String en = uploadedPage(untouched, "en");

    assertThat(vi).contains("Bảng tính chưa có dữ liệu: mọi trang dữ liệu đều trống")
        .contains("Các mục chưa báo cáo: ").contains("Khiếu nại (giải quyết lần đầu)")
        .doesNotContain("The workbook holds no data");
    // The sheet, the section titles and the row to answer keep the workbook's own (Vietnamese) names.
    assertThat(en).contains("The workbook holds no data: every data sheet is empty and the “Thông tin chung” sheet")
        .contains("Sections not reported: ").contains("Khiếu nại (giải quyết lần đầu)")
        .doesNotContain("Bảng tính chưa có dữ liệu").doesNotContain("Các mục chưa báo cáo");
  }

  @Test
  void aCellThatIsNotARealDateIsNamedInThePagesLanguageBesideItsSheetAndCell() throws Exception {
    addComplaint(newest());
    byte[] workbook = mvc.perform(get(page("/ho-so.xlsx")).with(as("officer"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    String cell = cellUnder(workbook, "Khiếu nại", "Ngày nhận");
    byte[] badDate = withCell(workbook, "Khiếu nại", cell, "31/02/2025");
    long before = newest();

    String vi = uploadedPage(badDate, "vi");
    String en = uploadedPage(badDate, "en");

    assertThat(vi).contains("“31/02/2025” không phải ngày có thật; hãy nhập ngày theo dạng dd/MM/yyyy")
        .contains(">Khiếu nại<").contains(">" + cell + "<").doesNotContain("is not a real date");
    assertThat(en).contains("“31/02/2025” is not a real date; enter the date as dd/MM/yyyy")
        .contains(">Khiếu nại<").contains(">" + cell + "<").doesNotContain("không phải ngày có thật");
    assertThat(newest()).isEqualTo(before);
  }

  /** The workspace page answering an upload of {@code workbook} in {@code lang}. */
  private String uploadedPage(byte[] workbook, String lang) throws Exception {
    return mvc.perform(uploadWorkbook(workbook).param("lang", lang)).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  /** The cell of the first data row under the column whose header starts with {@code header}. */
  private static String cellUnder(byte[] xlsx, String sheet, String header) throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (var row : book.getSheet(sheet)) {
        for (var cell : row) {
          if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
              && cell.getStringCellValue().startsWith(header)) {
            // The header row, then its notes row, then the first record.
            return new CellReference(row.getRowNum() + 2, cell.getColumnIndex()).formatAsString(false);
          }
        }
      }
    }
    throw new AssertionError("no column " + header + " on " + sheet);
  }

  private MockHttpServletRequestBuilder uploadWorkbook(byte[] workbook) {
    return multipart(page("/bang-tinh")).file(new MockMultipartFile("bangTinh", "ho-so.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook)).with(as("officer")).with(csrf());
  }

  private static byte[] withCell(byte[] xlsx, String sheet, String cell, String text) throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellReference at = new CellReference(cell);
      book.getSheet(sheet).getRow(at.getRow()).createCell(at.getCol()).setCellValue(text);
      book.write(out);
      return out.toByteArray();
    }
  }

  private String page(String rest) {
    return "/xa/" + TestUsers.CHI_MINH + "/ho-so/" + year + rest;
  }

  private RequestPostProcessor as(String username) {
    return user(users.loadUserByUsername(username));
  }

  private List<StoredDossier> versions() {
    return dossiers.list(TestUsers.CHI_MINH, year);
  }

  private long newest() {
    return dossiers.latest(TestUsers.CHI_MINH, year).orElseThrow().id();
  }
}
