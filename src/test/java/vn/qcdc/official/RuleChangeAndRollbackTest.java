package vn.qcdc.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.qcdc.commune.Commune;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.dossier.facts.UnitLevel;
import vn.qcdc.support.Api;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.SharedRules;
import vn.qcdc.support.TestUsers;

/**
 * A rule change, then a rollback, with an open year (evaluated and appraised) and a signed-off one: results made with
 * a rule set no longer in force are marked on the pages and in the API until the bulk re-evaluation runs; a signed-off
 * result stays final, marked with the date of its rule set, and its PDF still downloads; after the rollback the editor,
 * {@code /actuator/info} and the working folder name the same rule set.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestUsers.class, SharedRules.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuleChangeAndRollbackTest {

  static final Path WORK;
  static final String OPEN = "44001";
  static final String FINAL = "44002";
  static final String DRL = "g5-khieu-nai-to-cao/rules.drl";
  static final RequestPostProcessor LEGAL_PAGE = user("legal").roles("LEGAL");

  static {
    try {
      WORK = Files.createTempDirectory("qcdc-rule-change").resolve("rules");
      vn.qcdc.support.RuleFolders.copy(Path.of("rules"), WORK);
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) {
    r.add("qcdc.rules.path", WORK::toString);
    r.add("qcdc.rules.data-dir", () -> WORK.getParent().resolve("data").toString());
  }

  static String h0;
  static String h1;
  static long openEvaluation;
  static long finalEvaluation;

  @Autowired MockMvc mvc;
  @Autowired CommuneRepository communes;
  @Autowired UserDetailsService users;

  @BeforeAll
  static void remember() {
    h0 = SharedRules.get().hash();
  }

  @Test
  @Order(1)
  void anOpenYearIsAppraisedAndAnotherIsSignedOffWithTheRulesInForce() throws Exception {
    communes.insert(new Commune(OPEN, "Xã mở", "Hải Dương", UnitLevel.XA, false));
    communes.insert(new Commune(FINAL, "Xã đã công nhận", "Hải Dương", UnitLevel.XA, false));
    Api api = new Api(mvc);
    openEvaluation = api.evaluate(api.upload(ExampleBytes.forCommune(OPEN))).path("summary").path("id").asLong();
    mvc.perform(post("/api/evaluations/{id}/appraisals", openEvaluation).with(TestUsers.auditor())
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"criterion\":\"TC4.1\",\"points\":3,\"reason\":\"Sổ tiếp công dân bản giấy đủ các tuần\"}"))
        .andExpect(status().isCreated());
    finalEvaluation = api.evaluate(api.upload(ExampleBytes.forCommune(FINAL))).path("summary").path("id").asLong();
    mvc.perform(post("/api/communes/{c}/years/2025/sign-off", FINAL).with(TestUsers.auditor()))
        .andExpect(status().isCreated());

    assertThat(official(OPEN).path("ruleSetInForce").asBoolean()).isTrue();
    assertThat(page("/xa/" + OPEN + "/2025")).doesNotContain("id=\"rules-mark\"");
  }

  @Test
  @Order(2)
  void afterARuleChangeTheOpenResultIsMarkedOldAndTheSignedOffOneKeepsTheDateOfItsRules() throws Exception {
    Files.writeString(WORK.resolve(DRL), Files.readString(WORK.resolve(DRL)) + "\n// rà soát thời hạn khiếu nại\n");
    h1 = Api.json(mvc.perform(post("/api/rule-set/reload").with(TestUsers.legal())).andExpect(status().isOk())
        .andReturn()).path("hash").asText();
    assertThat(h1).isNotEqualTo(h0);

    assertThat(official(OPEN).path("ruleSetInForce").asBoolean()).isFalse();
    assertThat(official(OPEN).path("appraised").path("total").decimalValue()).isEqualByComparingTo("77.74");
    assertThat(page("/xa/" + OPEN + "/2025")).contains("id=\"rules-mark\"").contains("Chấm theo bộ quy tắc cũ");
    assertThat(page("/xa/" + FINAL + "/2025")).contains("Chấm theo bộ quy tắc ngày").doesNotContain("bộ quy tắc cũ");
    JsonNode stale = json(get("/api/reevaluations").with(TestUsers.legal()));
    assertThat(stale.path("stale")).extracting(n -> n.path("id").asLong()).containsExactly(openEvaluation);
    assertThat(stale.path("finalOnEarlierRules")).extracting(n -> n.path("id").asLong()).contains(finalEvaluation);
    mvc.perform(post("/api/communes/{c}/years/2025/sign-off", OPEN).with(TestUsers.auditor()))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("urn:qcdc:problem:stale-result"));
    var pdf = mvc.perform(get("/danh-gia/{id}/bao-cao.pdf", finalEvaluation).with(auditorPage()))
        .andExpect(status().isOk()).andReturn().getResponse();
    assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
    assertThat(pdfText(pdf.getContentAsByteArray())).contains("Chấm theo bộ quy tắc ngày")
        .contains("kết quả đã công nhận giữ nguyên.");
    var english = mvc.perform(get("/danh-gia/{id}/bao-cao.pdf", finalEvaluation).param("lang", "en")
        .with(auditorPage())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    assertThat(pdfText(english)).contains("Evaluated with the rule set of").contains("the signed-off result stands.")
        .contains("Status: Signed off").doesNotContain("Chấm theo bộ quy tắc");
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  @Order(3)
  void theBulkReevaluationReevaluatesTheOpenYearKeepsItsAppraisalAndLeavesTheSignedOffOne() throws Exception {
    JsonNode job = awaitDone(json(post("/api/reevaluations").with(TestUsers.auditor())).path("id").asText());

    assertThat(job.path("total").asInt()).isEqualTo(1);
    assertThat(job.at("/results/0/communeCode").asText()).isEqualTo(OPEN);
    assertThat(job.at("/results/0/carried/0").asText()).isEqualTo("TC4.1");
    assertThat(official(OPEN).path("ruleSetInForce").asBoolean()).isTrue();
    assertThat(official(OPEN).path("id").asLong()).isNotEqualTo(openEvaluation);
    assertThat(official(OPEN).path("appraised").path("total").decimalValue()).isEqualByComparingTo("77.74");
    assertThat(page("/xa/" + OPEN + "/2025")).doesNotContain("id=\"rules-mark\"");
    assertThat(official(FINAL).path("id").asLong()).isEqualTo(finalEvaluation);
  }

  @Test
  @Order(4)
  void afterARollbackTheFolderTheEditorAndTheServiceNameTheSameRulesAndTheOpenYearIsMarkedAgain()
      throws Exception {
    mvc.perform(post("/api/rule-set/rollback/{h}", h0).with(TestUsers.legal())).andExpect(status().isOk());

    String info = json(get("/actuator/info")).path("ruleSet").path("hash").asText();
    String editor = mvc.perform(get("/bo-quy-tac/soan-thao").with(LEGAL_PAGE)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(info).isEqualTo(h0).isEqualTo(vn.qcdc.support.RuleFolders.hash(WORK));
    assertThat(editor).contains("id=\"in-force-hash\">" + h0 + "<").contains("id=\"folder-hash\">" + h0 + "<")
        .contains("id=\"folder-matches\"");
    assertThat(official(OPEN).path("ruleSetInForce").asBoolean()).isFalse();
    assertThat(page("/xa/" + OPEN + "/2025")).contains("Chấm theo bộ quy tắc cũ");
    assertThat(official(FINAL).path("ruleSetInForce").asBoolean()).isTrue();

    awaitDone(json(post("/api/reevaluations").with(TestUsers.legal())).path("id").asText());
    assertThat(official(OPEN).path("id").asLong()).as("the evaluation made with these rules is official again")
        .isEqualTo(openEvaluation);
    assertThat(official(OPEN).path("ruleSetInForce").asBoolean()).isTrue();
    assertThat(official(OPEN).path("state").asText()).isEqualTo("APPRAISED");
    assertThat(page("/xa/" + OPEN + "/2025")).doesNotContain("id=\"rules-mark\"");
  }

  /** The auditor as the pages see them (a signed-in user of the database, whose role the header shows). */
  private RequestPostProcessor auditorPage() {
    return user(users.loadUserByUsername("auditor"));
  }

  private JsonNode official(String commune) throws Exception {
    return json(get("/api/communes/{c}/years/2025", commune).with(TestUsers.legal())).path("official");
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path).with(auditorPage())).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private JsonNode json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
      throws Exception {
    return Api.json(mvc.perform(request).andReturn());
  }

  private JsonNode awaitDone(String id) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    JsonNode job = json(get("/api/reevaluations/{id}", id).with(TestUsers.legal()));
    while (!job.path("state").asText().equals("DONE") && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      job = json(get("/api/reevaluations/{id}", id).with(TestUsers.legal()));
    }
    assertThat(job.path("state").asText()).isEqualTo("DONE");
    return job;
  }
}
