package vn.qcdc.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.qcdc.support.Api;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.RowCounts;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/** Every bad upload gets its own problem+json answer and leaves every table exactly as it was. */
@ServiceTest
class DossierUploadRefusalTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  Map<String, Long> before;

  @BeforeEach
  void countRows() {
    before = RowCounts.of(jdbc);
  }

  @AfterEach
  void databaseIsUnchanged() {
    assertThat(RowCounts.of(jdbc)).isEqualTo(before);
  }

  @Test
  void rejectsADossierThatBreaksTheFormatWithEveryFailingPath() throws Exception {
    String text = new String(ExampleBytes.example(), StandardCharsets.UTF_8)
        .replace("\"dossierId\": \"HSMC-11095-2025\"", "\"dossierId\": 42");

    upload(text.getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:invalid-dossier"))
        .andExpect(jsonPath("$.problems[0].path").value("$.dossierId"))
        .andExpect(jsonPath("$.problems[0].message").isNotEmpty());
  }

  @Test
  void rejectsMalformedJson() throws Exception {
    upload("{\"formatVersion\": \"1.0\", ".getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:malformed-dossier"));
  }

  @Test
  void rejectsVietnameseTextSavedAsWindows1258() throws Exception {
    byte[] cp1258 = new String(ExampleBytes.example(), StandardCharsets.UTF_8).getBytes(Charset.forName("windows-1258"));

    upload(cp1258)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:dossier-encoding"))
        .andExpect(r -> assertThat(Api.json(r).path("detail").asText()).contains("not UTF-8"));
  }

  @Test
  void rejectsUtf16() throws Exception {
    upload(new String(ExampleBytes.example(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:dossier-encoding"));
  }

  @Test
  void rejectsADossierOfAnUnknownCommune() throws Exception {
    String text = new String(ExampleBytes.example(), StandardCharsets.UTF_8)
        .replace("\"code\": \"11095\"", "\"code\": \"99999\"");

    upload(text.getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:unknown-commune"))
        .andExpect(jsonPath("$.path").value("$.commune.code"))
        .andExpect(jsonPath("$.communeCode").value("99999")).andExpect(jsonPath("$.communeName").value("Chí Minh"));
  }

  @Test
  void rejectsTheSameBytesTwiceForTheSameCommune() throws Exception {
    byte[] bytes = ExampleBytes.fresh();
    long first = new Api(mvc).upload(bytes);
    before = RowCounts.of(jdbc);

    upload(bytes)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:duplicate-dossier"))
        .andExpect(jsonPath("$.existingDossierId").value(first));
  }

  @Test
  void rejectsARawBodyLargerThanTheLimitWith413() throws Exception {
    byte[] huge = new byte[20 * 1024 * 1024 + 1];
    Arrays.fill(huge, (byte) ' ');

    upload(huge)
        .andExpect(status().isPayloadTooLarge())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:too-large"))
        .andExpect(r -> assertThat(Api.json(r).path("detail").asText()).contains("20 MB at most"));
  }

  @Test
  void rejectsAMultipartFileLargerThanTheLimitWith413() throws Exception {
    byte[] huge = new byte[20 * 1024 * 1024 + 1];
    MockMultipartFile file = new MockMultipartFile("file", "big.json", "application/json", huge);

    mvc.perform(multipart("/api/dossiers").file(file).with(TestUsers.auditor()))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:too-large"))
        .andExpect(r -> assertThat(Api.json(r).path("detail").asText()).contains("20 MB at most"));
  }

  private ResultActions upload(byte[] body) throws Exception {
    return mvc.perform(post("/api/dossiers").with(TestUsers.auditor()).contentType(MediaType.APPLICATION_JSON)
            .content(body))
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }
}
