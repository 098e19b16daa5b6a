package vn.qcdc.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.qcdc.support.Api;
import vn.qcdc.support.RowCounts;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/**
 * The API answers every hostile dossier (raw JSON body) and workbook (multipart) with a 4xx problem+json carrying its
 * message, never a 500, and stores nothing: every table keeps its row count.
 */
@ServiceTest
class HostileInputsThroughTheApiTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  Map<String, Long> before;

  static Stream<Hostile> dossiers() {
    return HostileCorpus.dossiers().stream();
  }

  static Stream<Hostile> workbooks() {
    return HostileCorpus.workbooks().stream();
  }

  @BeforeEach
  void countRows() {
    before = RowCounts.of(jdbc);
  }

  @AfterEach
  void nothingWasStored() {
    assertThat(RowCounts.of(jdbc)).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dossiers")
  void aHostileDossierIsRefusedWithItsProblem(Hostile hostile) throws Exception {
    MvcResult answer = mvc.perform(post("/api/dossiers").with(TestUsers.auditor())
        .contentType(MediaType.APPLICATION_JSON).content(hostile.bytes())).andReturn();

    assertRefused(answer, hostile);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workbooks")
  void aHostileWorkbookIsRefusedWithItsProblem(Hostile hostile) throws Exception {
    MvcResult answer = mvc.perform(multipart("/api/dossiers/workbook").file(new MockMultipartFile("file",
        hostile.fileName(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", hostile.bytes()))
        .with(TestUsers.auditor())).andReturn();

    assertRefused(answer, hostile);
  }

  static void assertRefused(MvcResult answer, Hostile hostile) throws Exception {
    String body = answer.getResponse().getContentAsString();
    assertThat(answer.getResponse().getStatus()).as(body).isIn(400, 413, 422);
    assertThat(answer.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(said(Api.json(answer))).contains(hostile.expected());
    assertThat(body).doesNotContain("Exception").doesNotContain("\tat ");
  }

  /** The detail and every problem's message of a problem+json answer, one per line. */
  private static String said(JsonNode problem) {
    StringBuilder text = new StringBuilder(problem.path("detail").asText());
    problem.path("problems").forEach(p -> text.append('\n').append(p.path("message").asText()));
    return text.toString();
  }
}
