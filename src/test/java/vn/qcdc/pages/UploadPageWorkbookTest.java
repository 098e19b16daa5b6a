package vn.qcdc.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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

  private ResultActions upload(byte[] workbook) throws Exception {
    return mvc.perform(multipart("/tai-len").file(new MockMultipartFile("hoSo", "ho-so.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook))
        .with(user(users.loadUserByUsername("auditor"))).with(csrf()));
  }
}
