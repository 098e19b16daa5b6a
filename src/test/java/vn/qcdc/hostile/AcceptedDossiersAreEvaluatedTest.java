package vn.qcdc.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.qcdc.commune.Commune;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.dossier.facts.UnitLevel;
import vn.qcdc.support.Api;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/**
 * What the API accepts, the evaluator evaluates: dossiers on the format's limits are stored, evaluated, shown on the
 * commune's dossier page with their preview score, and exported to a workbook that the API takes back.
 */
@ServiceTest
class AcceptedDossiersAreEvaluatedTest {

  @Autowired MockMvc mvc;
  @Autowired CommuneRepository communes;
  @Autowired UserDetailsService users;

  static Stream<Hostile> edges() {
    return EdgeDossiers.all().stream();
  }

  @BeforeEach
  void registerTheCommuneOfTheEdgeDossiers() {
    if (!communes.exists(EdgeDossiers.COMMUNE)) {
      communes.insert(new Commune(EdgeDossiers.COMMUNE, "Xã biên", "Hải Dương", UnitLevel.XA, false));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edges")
  void isStoredEvaluatedShownAndExported(Hostile edge) throws Exception {
    long id = Api.json(mvc.perform(post("/api/dossiers").with(TestUsers.auditor())
        .contentType(MediaType.APPLICATION_JSON).content(edge.bytes())).andExpect(status().isCreated()).andReturn())
        .path("id").asLong();

    JsonNode evaluation = new Api(mvc).evaluate(id);
    String page = mvc.perform(get("/xa/{code}/ho-so/2025", EdgeDossiers.COMMUNE)
            .with(user(users.loadUserByUsername("auditor"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    byte[] workbook = mvc.perform(get("/api/dossiers/{id}/workbook", id).with(TestUsers.auditor()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

    assertThat(evaluation.path("summary").path("engine").path("grade").asText()).isNotBlank();
    assertThat(page).contains("id=\"preview-total\"");
    assertThat(new vn.qcdc.workbook.WorkbookConverter().convert(workbook).problems()).isEmpty();
  }
}
