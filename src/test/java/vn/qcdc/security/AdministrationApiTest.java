package vn.qcdc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/**
 * The administration API of issue #13: an unknown role is named with the roles accepted; a reset password is a
 * one-time password that the API refuses until the user chose their own; communes and their mergers are chained in
 * the ledger like users, so a commune renamed or a merger added in the database breaks verification.
 */
@ServiceTest
class AdministrationApiTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  @Test
  void anUnknownRoleIsNamedWithTheRolesAcceptedInEnglishAndVietnamese() throws Exception {
    mvc.perform(post("/api/users").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"someone\",\"password\":\"long-enough-1\",\"role\":\"SUPERUSER\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:invalid-request"))
        .andExpect(jsonPath("$.problems[0].path").value("$.role"))
        .andExpect(jsonPath("$.problems[0].message").value(
            "unknown value 'SUPERUSER'; one of AUDITOR, LEGAL, CHAIRMAN, OFFICER, ADMIN"))
        .andExpect(jsonPath("$.problems[0].messageVi").value(org.hamcrest.Matchers.startsWith("giá trị không hợp lệ")));
  }

  @Test
  void aResetPasswordIsRefusedByTheApiUntilTheUserChoseTheirOwn() throws Exception {
    mvc.perform(post("/api/users").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"reset-me\",\"password\":\"chosen-password-1\",\"role\":\"AUDITOR\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.mustChangePassword").value(false));

    JsonNode reset = json.readTree(mvc.perform(post("/api/users/reset-me/password-reset").with(TestUsers.admin()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.user.mustChangePassword").value(true))
        .andReturn().getResponse().getContentAsString());
    String oneTime = reset.path("oneTimePassword").asText();

    assertThat(oneTime).hasSize(14);
    mvc.perform(get("/api/dossiers").with(httpBasic("reset-me", "chosen-password-1")))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/dossiers").with(httpBasic("reset-me", oneTime)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:password-change-required"));
    assertThat(jdbc.sql("select what_changed from user_change where username = 'reset-me' order by id desc limit 1")
        .query(String.class).single()).isEqualTo("password reset");
  }

  @Test
  void theOnlyEnabledAdministratorCannotBeDisabledOrDemoted() throws Exception {
    mvc.perform(put("/api/users/admin").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"admin\",\"role\":\"AUDITOR\"}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.problems[0].path").value("$.role"));
    mvc.perform(put("/api/users/admin").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"admin\",\"role\":\"ADMIN\",\"enabled\":false}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.problems[0].path").value("$.enabled"));

    mvc.perform(get("/api/users").with(TestUsers.admin()))
        .andExpect(jsonPath("$[?(@.username == 'admin')].enabled").value(true));
  }

  @Test
  void aCommuneRenamedInTheDatabaseBreaksVerification() throws Exception {
    mvc.perform(post("/api/communes").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"20001\",\"name\":\"Tân Lập\",\"province\":\"Hải Dương\",\"level\":\"XA\"}"))
        .andExpect(status().isCreated());
    assertThat(verify().path("intact").asBoolean()).isTrue();

    try {
      jdbc.sql("update commune set name = 'Tân Lập giả' where code = '20001'").update();
      JsonNode broken = verify();

      assertThat(broken.path("intact").asBoolean()).isFalse();
      assertThat(broken.path("firstMismatch").path("kind").asText()).isEqualTo("COMMUNE");
      assertThat(broken.path("firstMismatch").path("reason").asText()).contains("commune 20001")
          .contains("changed behind the application's back");
    } finally {
      jdbc.sql("update commune set name = 'Tân Lập' where code = '20001'").update();
    }
    assertThat(verify().path("intact").asBoolean()).isTrue();
  }

  @Test
  void aMergerRecordedThroughTheApiIsChainedAndOneAddedInTheDatabaseBreaksVerification() throws Exception {
    for (String code : new String[] {"20011", "20012", "20013"}) {
      mvc.perform(post("/api/communes").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
              .content("{\"code\":\"" + code + "\",\"name\":\"Xã " + code + "\",\"province\":\"Hải Dương\","
                  + "\"level\":\"XA\"}"))
          .andExpect(status().isCreated());
    }
    mvc.perform(post("/api/communes/20013/predecessors").with(TestUsers.admin())
            .contentType(MediaType.APPLICATION_JSON).content("{\"predecessorCode\":\"20011\",\"effectiveDate\":\"2025-07-01\"}"))
        .andExpect(status().isCreated());

    assertThat(verify().path("intact").asBoolean()).isTrue();
    assertThat(jdbc.sql("select count(*) from commune_change where code = '20013' and predecessor_code = '20011'")
        .query(Long.class).single()).isEqualTo(1);
    try {
      jdbc.sql("insert into commune_link (predecessor_code, successor_code, effective_date) values "
          + "('20012', '20013', date '2025-07-01')").update();

      assertThat(verify().path("firstMismatch").path("reason").asText())
          .contains("the merger of 20012 into 20013 is not in the ledger");
    } finally {
      jdbc.sql("delete from commune_link where predecessor_code = '20012'").update();
    }
    assertThat(verify().path("intact").asBoolean()).isTrue();
  }

  private JsonNode verify() throws Exception {
    return json.readTree(mvc.perform(get("/api/ledger/verification").with(TestUsers.legal()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }
}
