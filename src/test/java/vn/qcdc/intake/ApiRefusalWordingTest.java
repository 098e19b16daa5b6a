package vn.qcdc.intake;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;
import vn.qcdc.web.ApiException;

/**
 * API refusals worded in the bundles: the JSON problem keeps its English title and a detail in Vietnamese with the
 * English in brackets; a page reading the same refusal writes it in its own language.
 */
@ServiceTest
class ApiRefusalWordingTest {

  @Autowired MockMvc mvc;

  @Test
  void aDossierThatDoesNotExistIsNamedInVietnameseThenEnglish() throws Exception {
    mvc.perform(get("/api/dossiers/987654").with(TestUsers.auditor()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.title").value("Dossier not found"))
        .andExpect(jsonPath("$.detail").value("Không có hồ sơ mã 987654 (Dossier 987654 does not exist)"));
  }

  @Test
  void aPageWritesANotFoundRefusalInItsOwnLanguage() {
    ApiException e = ApiException.notFound("Rule set version", "abc123");

    org.assertj.core.api.Assertions.assertThat(e.title(Locale.forLanguageTag("vi")))
        .isEqualTo("Không tìm thấy phiên bản bộ quy tắc");
    org.assertj.core.api.Assertions.assertThat(e.detail(Locale.ENGLISH)).isEqualTo("Rule set version abc123 does not exist");
    org.assertj.core.api.Assertions.assertThat(ApiException.notFound("Something new", 1).getMessage())
        .as("a kind the bundles do not know keeps the English").isEqualTo("Something new 1 does not exist");
  }

  @Test
  void anInvalidDossierCountsItsProblemsInVietnameseThenEnglish() throws Exception {
    String text = new String(ExampleBytes.fresh(), StandardCharsets.UTF_8).replace("\"year\": 2025", "\"year\": \"x\"");

    mvc.perform(post("/api/dossiers").contentType(MediaType.APPLICATION_JSON).content(text).with(TestUsers.auditor()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.title").value("The dossier does not satisfy the format"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern(
            "Hồ sơ có (\\d+) lỗi; xem 'problems'\\. \\(\\1 problem\\(s\\) found; see 'problems'\\)")));
  }

  @Test
  void aWorkbookWithProblemsCountsThemInVietnameseThenEnglish() throws Exception {
    byte[] notADossier = new vn.qcdc.workbook.WorkbookConverter().template(null, 2025);

    mvc.perform(multipart("/api/dossiers/workbook").file(new MockMultipartFile("file", "mau.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", notADossier)).with(TestUsers.auditor()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.title").value("Invalid workbook"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern(
            "Bảng tính có (\\d+) lỗi; xem 'problems' \\(trang, ô, đường dẫn JSON\\)\\. Không có gì được lưu\\. "
                + "\\(The workbook has \\1 problem\\(s\\); nothing was stored\\.\\)")));
  }
}
