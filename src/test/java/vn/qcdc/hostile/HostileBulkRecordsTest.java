package vn.qcdc.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.qcdc.support.Api;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.RowCounts;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/**
 * Bulk record files (CSV, XLSX) appended to a dossier pass the same limits: a hostile workbook is refused by the
 * workbook guard, a CSV of more rows than any list may hold while it is read; 422 problem+json, nothing stored.
 */
@ServiceTest
class HostileBulkRecordsTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  static long base;
  Map<String, Long> before;

  static Stream<Hostile> unreadableWorkbooks() {
    return HostileCorpus.workbooks().stream().filter(h -> h.name().matches(
        "zipBomb|passwordProtectedXlsx|xxeInSharedStrings|billionLaughsInSharedStrings|twoHundredThousandRows"
            + "|threeHundredThousandCells|hugeSharedStringsTable|emptyZip|truncatedWorkbook"));
  }

  @BeforeEach
  void aDossierToAppendTo() throws Exception {
    if (base == 0) {
      base = new Api(mvc).upload(ExampleBytes.fresh());
    }
    before = RowCounts.of(jdbc);
  }

  @AfterEach
  void nothingWasStored() {
    assertThat(RowCounts.of(jdbc)).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadableWorkbooks")
  void aHostileXlsxOfRecordsIsRefusedByTheWorkbookGuard(Hostile hostile) throws Exception {
    MvcResult answer = append("complaints.xlsx", hostile.bytes());

    HostileInputsThroughTheApiTest.assertRefused(answer, hostile);
  }

  @Test
  void aCsvOfMoreRowsThanAnyListHoldsIsRefusedWhileItIsRead() throws Exception {
    StringBuilder csv = new StringBuilder("id,subject,receivedDate,withinCompetence\n");
    for (int i = 0; i <= 200_000; i++) {
      csv.append("K-").append(i).append(",x,2025-06-02,có\n");
    }

    MvcResult answer = append("complaints.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(answer.getResponse().getStatus()).isEqualTo(422);
    assertThat(answer.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(Api.json(answer).path("problems").get(0).path("message").asText())
        .startsWith("tệp có hơn 200.000 dòng dữ liệu");
  }

  private MvcResult append(String fileName, byte[] content) throws Exception {
    return mvc.perform(multipart("/api/dossiers/{id}/records/complaints", base)
        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
        .with(TestUsers.auditor())).andReturn();
  }
}
