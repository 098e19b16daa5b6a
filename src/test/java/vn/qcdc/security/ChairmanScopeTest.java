package vn.qcdc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.qcdc.support.Api;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/** A chairman reads their own commune's results and nobody else's. */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChairmanScopeTest {

  @Autowired MockMvc mvc;

  long other;

  @BeforeAll
  void evaluateAnotherCommune() throws Exception {
    String text = new String(ExampleBytes.fresh(), StandardCharsets.UTF_8)
        .replace("\"code\": \"11095\"", "\"code\": \"" + TestUsers.OTHER_COMMUNE + "\"");
    Api api = new Api(mvc);
    other = api.evaluate(api.upload(text.getBytes(StandardCharsets.UTF_8))).path("summary").path("id").asLong();
    api.freshEvaluation();
  }

  @Test
  void chairmanCannotReadAnotherCommunesEvaluation() throws Exception {
    mvc.perform(get("/api/evaluations/{id}", other).with(TestUsers.chairman())).andExpect(status().isForbidden());
    mvc.perform(get("/api/evaluations?commune=" + TestUsers.OTHER_COMMUNE).with(TestUsers.chairman()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/communes/" + TestUsers.OTHER_COMMUNE + "/history").with(TestUsers.chairman()))
        .andExpect(status().isForbidden());
  }

  @Test
  void chairmanListingShowsOnlyTheirCommune() throws Exception {
    JsonNode list = Api.json(mvc.perform(get("/api/evaluations").with(TestUsers.chairman()))
        .andExpect(status().isOk()).andReturn());

    assertThat(list).isNotEmpty();
    assertThat(list).allSatisfy(e -> assertThat(e.path("communeCode").asText()).isEqualTo(TestUsers.CHI_MINH));
  }

  @Test
  void auditorListingShowsEveryCommune() throws Exception {
    JsonNode list = Api.json(mvc.perform(get("/api/evaluations").with(TestUsers.auditor()))
        .andExpect(status().isOk()).andReturn());

    assertThat(list).extracting(e -> e.path("communeCode").asText())
        .contains(TestUsers.CHI_MINH, TestUsers.OTHER_COMMUNE);
  }
}
