package vn.qcdc.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.qcdc.support.Api;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/** Someone edits the database behind the application's back; verification names the record they changed. */
@ServiceTest
class LedgerTamperTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void verificationNamesTheEvaluationWhoseTotalWasEditedWithPlainJdbc() throws Exception {
    long id = new Api(mvc).freshEvaluation();
    appraise(id);
    assertThat(verify().path("intact").asBoolean()).isTrue();
    BigDecimal total = jdbc.sql("select total from evaluation where id = ?").param(id).query(BigDecimal.class).single();

    try {
      jdbc.sql("update evaluation set total = ? where id = ?").params(total.add(BigDecimal.TEN), id).update();
      JsonNode broken = verify();

      assertThat(broken.path("intact").asBoolean()).isFalse();
      assertThat(broken.path("firstMismatch").path("kind").asText()).isEqualTo("EVALUATION");
      assertThat(broken.path("firstMismatch").path("recordId").asLong()).isEqualTo(id);
      assertThat(broken.path("firstMismatch").path("reason").asText()).contains("changed after it was written");
    } finally {
      jdbc.sql("update evaluation set total = ? where id = ?").params(total, id).update();
    }
    assertThat(verify().path("intact").asBoolean()).isTrue();
  }

  @Test
  void verificationNamesAnAppraisalWhoseReasonWasEdited() throws Exception {
    long evaluation = new Api(mvc).freshEvaluation();
    long appraisal = appraise(evaluation).path("id").asLong();
    String reason = jdbc.sql("select reason from appraisal where id = ?").param(appraisal).query(String.class).single();

    try {
      jdbc.sql("update appraisal set reason = 'changed' where id = ?").param(appraisal).update();
      JsonNode broken = verify();

      assertThat(broken.path("firstMismatch").path("kind").asText()).isEqualTo("APPRAISAL");
      assertThat(broken.path("firstMismatch").path("recordId").asLong()).isEqualTo(appraisal);
    } finally {
      jdbc.sql("update appraisal set reason = ? where id = ?").params(reason, appraisal).update();
    }
  }

  @Test
  void verificationNamesTheEntryWhoseLinkWasRewritten() throws Exception {
    new Api(mvc).freshEvaluation();
    long seq = jdbc.sql("select max(seq) from ledger_entry").query(Long.class).single();
    String prev = jdbc.sql("select prev_hash from ledger_entry where seq = ?").param(seq).query(String.class).single();

    try {
      jdbc.sql("update ledger_entry set prev_hash = ? where seq = ?").params("f".repeat(64), seq).update();

      assertThat(verify().path("firstMismatch").path("seq").asLong()).isEqualTo(seq);
    } finally {
      jdbc.sql("update ledger_entry set prev_hash = ? where seq = ?").params(prev, seq).update();
    }
  }

  private JsonNode appraise(long evaluation) throws Exception {
    return Api.json(mvc.perform(post("/api/evaluations/{id}/appraisals", evaluation).with(TestUsers.auditor())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"criterion\":\"TC5.4\",\"points\":1.5,\"reason\":\"Biên bản đối thoại bổ sung\"}"))
        .andExpect(status().isCreated()).andReturn());
  }

  private JsonNode verify() throws Exception {
    return Api.json(mvc.perform(get("/api/ledger/verification").with(TestUsers.legal()))
        .andExpect(status().isOk()).andReturn());
  }
}
