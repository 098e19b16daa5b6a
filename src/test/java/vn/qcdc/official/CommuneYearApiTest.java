package vn.qcdc.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.qcdc.commune.Commune;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.dossier.Hashes;
import vn.qcdc.dossier.facts.UnitLevel;
import vn.qcdc.intake.DossierRepository;
import vn.qcdc.intake.StoredDossier;
import vn.qcdc.support.Api;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/** A commune-year through the API: each step, who may take it, and what a signed-off year refuses. */
@ServiceTest
class CommuneYearApiTest {

  private static final AtomicInteger CODES = new AtomicInteger(42000);

  @Autowired MockMvc mvc;
  @Autowired CommuneRepository communes;
  @Autowired DossierRepository dossiers;

  String code;

  @BeforeEach
  void aCommuneOfItsOwn() {
    code = String.valueOf(CODES.incrementAndGet());
    communes.insert(new Commune(code, "Xã " + code, "Hải Dương", UnitLevel.XA, false));
  }

  @Test
  void aYearGoesFromSubmittedToSignedOffAndEveryStepSaysWhoWhenAndWhy() throws Exception {
    long dossier = upload();
    assertThat(year().path("state").asText()).isEqualTo("SUBMITTED");
    assertThat(year().path("official").isNull()).isTrue();

    long evaluation = evaluate(dossier);
    assertThat(year().path("state").asText()).isEqualTo("EVALUATED");
    assertThat(year().at("/official/id").asLong()).isEqualTo(evaluation);
    appraise(evaluation, "TC4.1", "3").andExpect(status().isCreated());
    JsonNode appraised = year();
    assertThat(appraised.path("state").asText()).isEqualTo("APPRAISED");
    assertThat(appraised.at("/official/appraised/total").decimalValue()).isEqualByComparingTo("77.74");
    mvc.perform(note(post(path("/sign-off")), "Đã đối chiếu sổ sách").with(TestUsers.auditor()))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("SIGNED_OFF"))
        .andExpect(jsonPath("$.stateLabel.vi").value("Đã công nhận"));

    JsonNode signed = year();
    assertThat(actions(signed)).containsExactly("SUBMIT", "EVALUATE", "APPRAISE", "SIGN_OFF");
    assertThat(signed.path("events")).allSatisfy(e -> {
      assertThat(e.path("actedBy").asText()).isEqualTo("auditor");
      assertThat(e.path("actedAt").asText()).isNotBlank();
      assertThat(e.path("reason").asText()).isNotBlank();
    });
    assertThat(signed.at("/events/3/stateBefore").asText()).isEqualTo("APPRAISED");
    assertThat(signed.at("/official/state").asText()).isEqualTo("SIGNED_OFF");
    assertThat(signed.at("/official/official").asBoolean()).isTrue();
  }

  @Test
  void nothingOfASignedOffYearChangesUntilAnAdministratorOrAuditorReopensItWithAReason() throws Exception {
    long evaluation = evaluate(upload());
    mvc.perform(post(path("/sign-off")).with(TestUsers.auditor())).andExpect(status().isCreated());

    mvc.perform(post("/api/dossiers").with(TestUsers.auditor()).contentType(MediaType.APPLICATION_JSON)
        .content(ExampleBytes.forCommune(code))).andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:year-signed-off"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Năm 2025 của xã " + code
            + " đã được công nhận")));
    appraise(evaluation, "TC4.1", "3").andExpect(status().isConflict());
    mvc.perform(post("/api/evaluations/{id}/reevaluations", evaluation).with(TestUsers.auditor()))
        .andExpect(status().isConflict());
    mvc.perform(post(path("/reopening")).with(TestUsers.chairman())).andExpect(status().isForbidden());
    mvc.perform(note(post(path("/reopening")), " ").with(TestUsers.admin())).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:reason-required"));

    mvc.perform(note(post(path("/reopening")), "Thanh tra tỉnh yêu cầu xem lại TC4.1").with(TestUsers.admin()))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("EVALUATED"));
    JsonNode reopened = year();
    assertThat(actions(reopened)).endsWith("SIGN_OFF", "REOPEN");
    assertThat(reopened.at("/events/3/actedBy").asText()).isEqualTo("admin");
    assertThat(reopened.at("/events/3/reason").asText()).isEqualTo("Thanh tra tỉnh yêu cầu xem lại TC4.1");
    appraise(evaluation, "TC4.1", "3").andExpect(status().isCreated());
  }

  @Test
  void onlyTheSubmittedVersionIsEvaluatedAndOnlyTheOfficialEvaluationIsAppraised() throws Exception {
    long first = upload();
    long firstEvaluation = evaluate(first);
    long second = upload();

    mvc.perform(post("/api/dossiers/{id}/evaluations", first).with(TestUsers.auditor()))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("urn:qcdc:problem:not-submitted"));
    long secondEvaluation = evaluate(second);
    appraise(firstEvaluation, "TC4.1", "3").andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:not-official"));

    mvc.perform(get("/api/evaluations/{id}", firstEvaluation).with(TestUsers.legal()))
        .andExpect(jsonPath("$.summary.official").value(false)).andExpect(jsonPath("$.summary.state").value("EVALUATED"));
    mvc.perform(get("/api/evaluations/{id}", secondEvaluation).with(TestUsers.legal()))
        .andExpect(jsonPath("$.summary.official").value(true))
        .andExpect(jsonPath("$.summary.ruleSetInForce").value(true));
  }

  @Test
  void aYearWithDraftsOnlyIsBeingDraftedHasNoOfficialResultAndItsDraftIsNotEvaluated() throws Exception {
    byte[] bytes = ExampleBytes.forCommune(code);
    long draft = dossiers.insert(new StoredDossier(0, code, 2025, 1, null, Hashes.sha256(bytes), bytes.length,
        "biểu mẫu: cán bộ xã", "officer", Instant.now()), bytes);

    JsonNode year = year();
    assertThat(year.path("state").asText()).isEqualTo("DRAFTING");
    assertThat(year.path("stateLabel").path("vi").asText()).isEqualTo("Đang lập hồ sơ");
    assertThat(year.path("official").isNull()).isTrue();
    assertThat(year.path("newerDraft").asBoolean()).isTrue();
    mvc.perform(post("/api/dossiers/{id}/evaluations", draft).with(TestUsers.auditor()))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("urn:qcdc:problem:not-submitted"));
  }

  private long upload() throws Exception {
    return new Api(mvc).upload(ExampleBytes.forCommune(code));
  }

  private long evaluate(long dossier) throws Exception {
    return new Api(mvc).evaluate(dossier).path("summary").path("id").asLong();
  }

  private org.springframework.test.web.servlet.ResultActions appraise(long evaluation, String criterion,
      String points) throws Exception {
    return mvc.perform(post("/api/evaluations/{id}/appraisals", evaluation).with(TestUsers.auditor())
        .contentType(MediaType.APPLICATION_JSON).content("{\"criterion\":\"" + criterion + "\",\"points\":" + points
            + ",\"reason\":\"Biên bản tiếp công dân bổ sung\"}"));
  }

  private JsonNode year() throws Exception {
    return Api.json(mvc.perform(get(path("")).with(TestUsers.legal())).andExpect(status().isOk()).andReturn());
  }

  private String path(String step) {
    return "/api/communes/" + code + "/years/2025" + step;
  }

  private static MockHttpServletRequestBuilder note(MockHttpServletRequestBuilder request, String reason) {
    return request.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"" + reason + "\"}");
  }

  private static List<String> actions(JsonNode year) {
    List<String> out = new ArrayList<>();
    year.path("events").forEach(e -> out.add(e.path("action").asText()));
    return out;
  }

}
