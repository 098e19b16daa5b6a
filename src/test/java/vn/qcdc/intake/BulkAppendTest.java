package vn.qcdc.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.support.Api;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.RowCounts;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/** CSV and XLSX records append to a dossier as a new version, all or nothing, with errors by row and column. */
@ServiceTest
class BulkAppendTest {

  static final String COMPLAINTS = """
      id,subject,receivedDate,withinCompetence,acceptedDate,complexity,decisionDate,decisionSentDate,outcome
      K-90,Khiếu nại về đất,2025-06-02,có,2025-06-05,NORMAL,2025-06-30,2025-07-01,REJECTED
      K-91,Khiếu nại về hộ tịch,15/07/2025,true,18/07/2025,NORMAL,,,
      """;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired DossierRepository dossiers;

  @Test
  void csvComplaintsBecomeANewVersionThatStillPassesTheReader() throws Exception {
    long base = new Api(mvc).upload(ExampleBytes.fresh());

    JsonNode created = Api.json(append(base, "complaints", "complaints.csv", COMPLAINTS.getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isCreated()).andReturn());

    long id = created.path("dossier").path("id").asLong();
    assertThat(created.path("dossier").path("previousId").asLong()).isEqualTo(base);
    assertThat(created.path("dossier").path("version").asInt()).isEqualTo(dossiers.find(base).orElseThrow().version() + 1);
    ParsedDossier parsed = new DossierReader().read(dossiers.content(id).orElseThrow());
    assertThat(parsed.dossier().complaints()).extracting(c -> c.id()).contains("K-90", "K-91");
    assertThat(dossiers.content(base)).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8))
        .doesNotContain("K-90"));
  }

  @Test
  void xlsxReceptionSessionsWithDateCellsAreAppended() throws Exception {
    long base = new Api(mvc).upload(ExampleBytes.fresh());
    byte[] xlsx = workbook(new Object[][] {
        {"id", "date", "receiverRole", "atHeadquarters", "isAdHoc", "visitorsCount"},
        {"RS-90", java.time.LocalDate.of(2025, 12, 30), "CHAIRMAN", true, false, 3}});

    JsonNode created = Api.json(append(base, "reception-sessions", "tiep-dan.xlsx", xlsx)
        .andExpect(status().isCreated()).andReturn());

    ParsedDossier parsed = new DossierReader().read(dossiers.content(created.path("dossier").path("id").asLong())
        .orElseThrow());
    assertThat(parsed.dossier().receptionSessions()).anySatisfy(s -> {
      assertThat(s.id()).isEqualTo("RS-90");
      assertThat(s.visitorsCount()).isEqualTo(3);
    });
  }

  @Test
  void disclosureRowsWithOneIdBecomeOneDisclosureWithTwoChannels() throws Exception {
    long base = new Api(mvc).upload(ExampleBytes.fresh());
    String csv = """
        id;art11Item;title;sourceDecisionDate;channel;startDate;endDate
        DS-90;1;Quy hoạch sử dụng đất;2025-05-02;POSTING_HQ;2025-05-05;2025-06-05
        DS-90;1;Quy hoạch sử dụng đất;2025-05-02;WEBSITE;2025-05-05;
        """;

    JsonNode created = Api.json(append(base, "disclosures", "cong-khai.csv", csv.getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isCreated()).andReturn());

    ParsedDossier parsed = new DossierReader().read(dossiers.content(created.path("dossier").path("id").asLong())
        .orElseThrow());
    assertThat(parsed.dossier().disclosures()).filteredOn(d -> d.id().equals("DS-90")).singleElement()
        .satisfies(d -> assertThat(d.channels()).hasSize(2));
  }

  @Test
  void everyCellErrorIsReportedWithItsRowAndColumnAndNothingIsStored() throws Exception {
    long base = new Api(mvc).upload(ExampleBytes.fresh());
    Map<String, Long> before = RowCounts.of(jdbc);
    String csv = """
        id,receivedDate,withinCompetence
        K-92,2025-02-30,true
        ,2025-03-01,perhaps
        """;

    append(base, "complaints", "bad.csv", csv.getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:invalid-records"))
        .andExpect(jsonPath("$.title").value("The file's records cannot be appended"))
        .andExpect(jsonPath("$.detail").value("Tệp có 3 lỗi; xem 'problems' (dòng 1 là dòng tiêu đề). Không có gì được "
            + "lưu. (3 problem(s); see 'problems' (row 1 is the header row). Nothing was stored.)"))
        .andExpect(jsonPath("$.problems.length()").value(3))
        .andExpect(jsonPath("$.problems[0].row").value(2))
        .andExpect(jsonPath("$.problems[0].column").value("receivedDate"))
        .andExpect(jsonPath("$.problems[1].row").value(3))
        .andExpect(jsonPath("$.problems[1].column").value("id"))
        .andExpect(jsonPath("$.problems[2].column").value("withinCompetence"));
    assertThat(RowCounts.of(jdbc)).isEqualTo(before);
  }

  @Test
  void aValueTheDossierFormatRefusesIsTracedBackToItsRowAndColumn() throws Exception {
    long base = new Api(mvc).upload(ExampleBytes.fresh());
    Map<String, Long> before = RowCounts.of(jdbc);
    String csv = "id,receivedDate,withinCompetence,complexity\nK-93,2025-03-01,true,WEIRD\n";

    append(base, "complaints", "enum.csv", csv.getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.problems[0].row").value(2))
        .andExpect(jsonPath("$.problems[0].column").value("complexity"));
    assertThat(RowCounts.of(jdbc)).isEqualTo(before);
  }

  @Test
  void unknownAndMissingColumnsAreNamedInTheHeaderRow() throws Exception {
    long base = new Api(mvc).upload(ExampleBytes.fresh());

    append(base, "complaints", "header.csv", "id,receivedDate,colour\nK-94,2025-03-01,red\n"
            .getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.problems[0].row").value(1))
        .andExpect(jsonPath("$.problems[0].column").value("colour"))
        .andExpect(jsonPath("$.problems[1].column").value("withinCompetence"));
  }

  @Test
  void aCsvFileSavedAsWindows1258IsRefused() throws Exception {
    long base = new Api(mvc).upload(ExampleBytes.fresh());

    append(base, "complaints", "ansi.csv", COMPLAINTS.getBytes(Charset.forName("windows-1258")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(r -> assertThat(Api.json(r).path("problems").path(0).path("message").asText())
            .contains("not UTF-8"));
  }

  @Test
  void appendingToAnOlderVersionIsRefused() throws Exception {
    long base = new Api(mvc).upload(ExampleBytes.fresh());
    append(base, "complaints", "c.csv", COMPLAINTS.replace("K-9", "K-7").getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isCreated());

    append(base, "complaints", "c.csv", COMPLAINTS.replace("K-9", "K-8").getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:not-latest-version"));
  }

  private ResultActions append(long dossier, String kind, String name, byte[] content) throws Exception {
    return mvc.perform(multipart("/api/dossiers/{id}/records/{kind}", dossier, kind)
        .file(new MockMultipartFile("file", name, "application/octet-stream", content)).with(TestUsers.auditor()));
  }

  private static byte[] workbook(Object[][] rows) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("data");
      var dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          var cell = row.createCell(c);
          if (v instanceof java.time.LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
          } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
          } else if (v instanceof Integer i) {
            cell.setCellValue(i);
          } else {
            cell.setCellValue(String.valueOf(v));
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }
}
