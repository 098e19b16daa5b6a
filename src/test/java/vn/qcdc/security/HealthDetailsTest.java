package vn.qcdc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.qcdc.support.Api;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/** The health check tells everyone whether the service is up; only an administrator sees disk paths and the database. */
@ServiceTest
class HealthDetailsTest {

  @Autowired MockMvc mvc;

  @Test
  void anAnonymousCallerSeesOnlyTheStatus() throws Exception {
    JsonNode health = health(null);

    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.has("components")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"auditor", "legal", "chairman", "officer"})
  void everyRoleButAdministratorSeesOnlyTheStatus(String role) throws Exception {
    JsonNode health = health(org.springframework.security.test.web.servlet.request
        .SecurityMockMvcRequestPostProcessors.httpBasic(role, TestUsers.PASSWORD));

    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.has("components")).isFalse();
    assertThat(health.toString()).doesNotContain("path", "diskSpace");
  }

  @Test
  void theAdministratorSeesTheDetails() throws Exception {
    JsonNode health = health(TestUsers.admin());

    assertThat(health.path("components").path("diskSpace").path("details").has("path")).isTrue();
    assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
  }

  private JsonNode health(RequestPostProcessor user) throws Exception {
    var request = get("/actuator/health");
    if (user != null) {
      request.with(user);
    }
    return Api.json(mvc.perform(request).andExpect(status().isOk()).andReturn());
  }
}
