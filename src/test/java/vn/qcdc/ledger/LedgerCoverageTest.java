package vn.qcdc.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.qcdc.dossier.Hashes;
import vn.qcdc.support.Api;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.Rows;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/** The ledger covers dossier versions, rule-set versions and users: a change behind the application's back shows. */
@ServiceTest
class LedgerCoverageTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void verificationNamesADossierVersionWhoseBytesAndHashWereChangedTogether() throws Exception {
    long id = new Api(mvc).upload(ExampleBytes.fresh());
    byte[] bytes = jdbc.sql("select content from dossier where id = ?").param(id).query(byte[].class).single();
    String hash = jdbc.sql("select hash from dossier where id = ?").param(id).query(String.class).single();
    byte[] forged = new String(bytes, StandardCharsets.UTF_8).replace("Chí Minh", "Chí Mình")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(verify().path("intact").asBoolean()).isTrue();

    try {
      jdbc.sql("update dossier set content = ?, hash = ? where id = ?").params(forged, Hashes.sha256(forged), id)
          .update();
      JsonNode broken = verify();

      assertThat(broken.path("intact").asBoolean()).isFalse();
      assertThat(broken.path("firstMismatch").path("kind").asText()).isEqualTo("DOSSIER");
      assertThat(broken.path("firstMismatch").path("recordId").asLong()).isEqualTo(id);
      assertThat(broken.path("firstMismatch").path("reason").asText()).contains("changed after it was written");
    } finally {
      jdbc.sql("update dossier set content = ?, hash = ? where id = ?").params(bytes, hash, id).update();
    }
    assertThat(verify().path("intact").asBoolean()).isTrue();
  }

  @Test
  void verificationNamesADossierVersionWhoseBytesAloneWereChanged() throws Exception {
    long id = new Api(mvc).upload(ExampleBytes.fresh());
    byte[] bytes = jdbc.sql("select content from dossier where id = ?").param(id).query(byte[].class).single();

    try {
      jdbc.sql("update dossier set content = ? where id = ?").params(ExampleBytes.example(), id).update();

      assertThat(verify().path("firstMismatch").path("recordId").asLong()).isEqualTo(id);
    } finally {
      jdbc.sql("update dossier set content = ? where id = ?").params(bytes, id).update();
    }
  }

  @Test
  void verificationNamesADeletedDossierVersion() throws Exception {
    long id = new Api(mvc).upload(ExampleBytes.fresh());
    Rows rows = new Rows(jdbc);

    Map<String, Object> row = rows.delete("dossier", "id", id);
    try {
      JsonNode broken = verify();

      assertThat(broken.path("firstMismatch").path("kind").asText()).isEqualTo("DOSSIER");
      assertThat(broken.path("firstMismatch").path("recordId").asLong()).isEqualTo(id);
      assertThat(broken.path("firstMismatch").path("reason").asText()).isEqualTo("the record was deleted");
    } finally {
      rows.restore("dossier", row);
    }
    assertThat(verify().path("intact").asBoolean()).isTrue();
  }

  @Test
  void verificationNamesARuleSetVersionEditedInTheDatabase() throws Exception {
    long id = jdbc.sql("select max(id) from rule_set_version").query(Long.class).single();
    String by = jdbc.sql("select activated_by from rule_set_version where id = ?").param(id).query(String.class)
        .single();

    try {
      jdbc.sql("update rule_set_version set activated_by = 'legal' where id = ?").param(id).update();
      JsonNode broken = verify();

      assertThat(broken.path("firstMismatch").path("kind").asText()).isEqualTo("RULE_SET");
      assertThat(broken.path("firstMismatch").path("recordId").asLong()).isEqualTo(id);
    } finally {
      jdbc.sql("update rule_set_version set activated_by = ? where id = ?").params(by, id).update();
    }
  }

  @Test
  void verificationNamesAUserWhoseRoleWasRaisedInTheDatabase() throws Exception {
    try {
      jdbc.sql("update app_user set role = 'ADMIN', commune_code = null where username = 'officer'").update();
      JsonNode broken = verify();

      assertThat(broken.path("intact").asBoolean()).isFalse();
      assertThat(broken.path("firstMismatch").path("kind").asText()).isEqualTo("USER");
      assertThat(broken.path("firstMismatch").path("reason").asText()).contains("user officer")
          .contains("changed behind the application's back");
    } finally {
      jdbc.sql("update app_user set role = 'OFFICER', commune_code = ? where username = 'officer'")
          .param(TestUsers.CHI_MINH).update();
    }
    assertThat(verify().path("intact").asBoolean()).isTrue();
  }

  @Test
  void verificationNamesAUserWhosePasswordHashWasReplacedInTheDatabase() throws Exception {
    String hash = jdbc.sql("select password_hash from app_user where username = 'legal'").query(String.class).single();
    String admins = jdbc.sql("select password_hash from app_user where username = 'admin'").query(String.class)
        .single();

    try {
      jdbc.sql("update app_user set password_hash = ? where username = 'legal'").param(admins).update();

      assertThat(verify().path("firstMismatch").path("reason").asText()).contains("user legal");
    } finally {
      jdbc.sql("update app_user set password_hash = ? where username = 'legal'").param(hash).update();
    }
  }

  @Test
  void aUserCreatedAndChangedThroughTheApiIsChainedWithEachChange() throws Exception {
    mvc.perform(post("/api/users").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"username\":\"ledger-user\",\"password\":\"first-password\",\"role\":\"AUDITOR\"}"))
        .andExpect(status().isCreated());
    mvc.perform(put("/api/users/ledger-user").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"username\":\"ledger-user\",\"password\":\"second-password\",\"role\":\"LEGAL\"}"))
        .andExpect(status().isOk());

    assertThat(jdbc.sql("select what_changed from user_change where username = 'ledger-user' order by id")
        .query(String.class).list()).containsExactly("created", "role, password");
    assertThat(jdbc.sql("select changed_by from user_change where username = 'ledger-user'").query(String.class)
        .list()).containsOnly("admin");
    assertThat(verify().path("intact").asBoolean()).isTrue();
  }

  private JsonNode verify() throws Exception {
    return Api.json(mvc.perform(get("/api/ledger/verification").with(TestUsers.legal()))
        .andExpect(status().isOk()).andReturn());
  }
}
