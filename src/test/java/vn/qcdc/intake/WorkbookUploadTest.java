package vn.qcdc.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.RowCounts;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;
import vn.qcdc.workbook.WorkbookConverter;

/** A commune office works in Excel: template download, and a filled workbook stored like a JSON dossier. */
@ServiceTest
class WorkbookUploadTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void theTemplateDownloadsAsAnXlsxAttachment() throws Exception {
    byte[] body = mvc.perform(get("/api/dossiers/workbook-template").param("year", "2025").with(TestUsers.auditor()))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"mau-ho-so-minh-chung.xlsx\""))
        .andReturn().getResponse().getContentAsByteArray();

    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      assertThat(workbook.getSheet("Thông tin chung")).isNotNull();
    }
  }

  @Test
  void theTemplateOfAKnownCommuneIsPreFilledWithTheProfileOfItsNewestDossier() throws Exception {
    new vn.qcdc.support.Api(mvc).upload(ExampleBytes.fresh());

    byte[] body = template(TestUsers.CHI_MINH, "2026").andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition",
            "attachment; filename=\"mau-ho-so-minh-chung-" + TestUsers.CHI_MINH + "-2026.xlsx\""))
        .andReturn().getResponse().getContentAsByteArray();

    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      assertThat(coverValue(workbook, "Tên đơn vị")).isEqualTo("Chí Minh");
      assertThat(coverValue(workbook, "Năm đánh giá")).isEqualTo("2026");
      assertThat(workbook.getSheet("Thôn, tổ dân phố").getRow(3).getCell(1).toString()).isEqualTo("Thôn Đông");
    }
  }

  @Test
  void theTemplateOfACommuneWithoutDossiersHasWhatTheRegistryKnowsAndAnUnknownCommuneIsNotFound()
      throws Exception {
    byte[] body = template(TestUsers.OTHER_COMMUNE, "2026").andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      assertThat(coverValue(workbook, "Tên đơn vị")).isEqualTo("Xã khác");
      assertThat(coverValue(workbook, "Số cán bộ, công chức")).isEmpty();
    }

    template("99999", "2026").andExpect(status().isNotFound());
  }

  @Test
  void aFilledWorkbookIsStoredAsANewDossierVersion() throws Exception {
    byte[] workbook = new WorkbookConverter().export(ExampleBytes.fresh());

    upload(workbook).andExpect(status().isCreated()).andExpect(jsonPath("$.communeCode").value(TestUsers.CHI_MINH));
  }

  @Test
  void aWorkbookWithAWrongCellIsRefusedNamingSheetCellAndPathAndNothingIsStored() throws Exception {
    Map<String, Long> before = RowCounts.of(jdbc);
    byte[] workbook = withCoverValue(new WorkbookConverter().export(ExampleBytes.fresh()), "Năm đánh giá", "hai nghìn");

    upload(workbook).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:invalid-workbook"))
        .andExpect(jsonPath("$.problems[0].sheet").value("Thông tin chung"))
        .andExpect(jsonPath("$.problems[0].path").value("$.period.year"));
    assertThat(RowCounts.of(jdbc)).isEqualTo(before);
  }

  @Test
  void theUntouchedTemplateIsRefusedAndNothingIsStored() throws Exception {
    new vn.qcdc.support.Api(mvc).upload(ExampleBytes.fresh());
    byte[] untouched = template(TestUsers.CHI_MINH, "2026").andReturn().getResponse().getContentAsByteArray();
    Map<String, Long> before = RowCounts.of(jdbc);

    upload(untouched).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.startsWith(
            "Bảng tính chưa có dữ liệu")));
    assertThat(RowCounts.of(jdbc)).isEqualTo(before);
  }

  @Test
  void aTemplateWithOneSectionDeclaredIsStoredWithTheUploaderAndTheAnswerListsTheSectionsLeftUnreported()
      throws Exception {
    new vn.qcdc.support.Api(mvc).upload(ExampleBytes.fresh());
    byte[] template = template(TestUsers.CHI_MINH, "2026").andReturn().getResponse().getContentAsByteArray();
    byte[] declared = withCoverValue(template, "Không phát sinh trong kỳ: Tố cáo", "Có");

    String body = upload(declared).andExpect(status().isCreated())
        .andExpect(jsonPath("$.unreportedSections[?(@.section == 'complaints')].title")
            .value("Khiếu nại (giải quyết lần đầu)"))
        .andExpect(jsonPath("$.unreportedSections[?(@.section == 'denunciations')]").isEmpty())
        .andReturn().getResponse().getContentAsString();
    long id = com.jayway.jsonpath.JsonPath.parse(body).read("$.id", Long.class);

    mvc.perform(get("/api/dossiers/" + id + "/content").with(TestUsers.auditor()))
        .andExpect(jsonPath("$.formatVersion").value("1.1"))
        .andExpect(jsonPath("$.denunciations").isEmpty())
        .andExpect(jsonPath("$.declarations[0].section").value("denunciations"))
        .andExpect(jsonPath("$.declarations[0].declaredBy").value("auditor"));
  }

  private ResultActions template(String commune, String year) throws Exception {
    return mvc.perform(get("/api/dossiers/workbook-template").param("commune", commune).param("year", year)
        .with(TestUsers.auditor()));
  }

  /** The value beside a label of the cover sheet, as text. */
  private static String coverValue(Workbook workbook, String label) {
    for (Row row : workbook.getSheet("Thông tin chung")) {
      if (row.getCell(0) != null && row.getCell(0).toString().startsWith(label)) {
        return row.getCell(1) == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(1));
      }
    }
    throw new AssertionError("no cover row " + label);
  }

  private ResultActions upload(byte[] workbook) throws Exception {
    return mvc.perform(multipart("/api/dossiers/workbook")
        .file(new MockMultipartFile("file", "ho-so.xlsx", vn.qcdc.web.Downloads.XLSX.toString(), workbook))
        .with(TestUsers.auditor()));
  }

  private static byte[] withCoverValue(byte[] xlsx, String label, String value) throws Exception {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet cover = workbook.getSheet("Thông tin chung");
      for (Row row : cover) {
        if (row.getCell(0) != null && label.equals(row.getCell(0).toString())) {
          row.getCell(1).setCellValue(value);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
