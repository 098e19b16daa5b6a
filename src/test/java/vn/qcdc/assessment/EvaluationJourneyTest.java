package vn.qcdc.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.qcdc.support.Api;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/** An auditor imports the example dossier, evaluates it, appraises a criterion and reads the three scores. */
@ServiceTest
class EvaluationJourneyTest {

  @Autowired MockMvc mvc;

  @Test
  void auditorImportsEvaluatesAndAppraisesTheExampleDossier() throws Exception {
    Api api = new Api(mvc);
    long dossier = api.upload(vn.qcdc.support.ExampleBytes.fresh());

    JsonNode evaluation = api.evaluate(dossier);
    long id = evaluation.path("summary").path("id").asLong();
    JsonNode appraisal = Api.json(mvc.perform(post("/api/evaluations/{id}/appraisals", id).with(TestUsers.auditor())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"criterion\":\"TC4.1\",\"points\":\"3.00\",\"reason\":\"Sổ tiếp dân bổ sung đủ 52 tuần\"}"))
        .andExpect(status().isCreated()).andReturn());
    JsonNode detail = Api.json(mvc.perform(get("/api/evaluations/{id}", id).with(TestUsers.legal()))
        .andExpect(status().isOk()).andReturn());

    assertThat(evaluation.path("result").path("findings")).isNotEmpty();
    assertThat(evaluation.path("summary").path("engine").path("total").decimalValue())
        .isEqualByComparingTo(evaluation.path("result").path("total").decimalValue());
    assertThat(appraisal.path("appraisedTotal").decimalValue())
        .isEqualByComparingTo(evaluation.path("summary").path("engine").path("total").decimalValue().add(
            new java.math.BigDecimal("1.00")));
    JsonNode tc41 = criterion(detail, "TC4.1");
    assertThat(tc41.path("enginePoints").decimalValue()).isEqualByComparingTo("2.00");
    assertThat(tc41.path("appraisedPoints").decimalValue()).isEqualByComparingTo("3.00");
    assertThat(tc41.path("appraisalReason").asText()).contains("52 tuần");
    assertThat(detail.path("summary").path("appraised").path("total").decimalValue())
        .isEqualByComparingTo(appraisal.path("appraisedTotal").decimalValue());
    assertThat(detail.path("summary").path("self").path("total").isNumber()).isTrue();
  }

  private static JsonNode criterion(JsonNode detail, String id) {
    for (JsonNode c : detail.path("criteria")) {
      if (c.path("criterion").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no criterion " + id);
  }
}
