package vn.qcdc.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.qcdc.commune.Commune;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.dossier.Hashes;
import vn.qcdc.dossier.facts.UnitLevel;
import vn.qcdc.lifecycle.Lifecycle;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/**
 * A dossier stored before the format had its limits (here {@code 1e1000000000}, which once was stored with 201 and
 * then made every evaluation run out of memory) is answered 422 with its problem, and its page says so: never a 500.
 */
@ServiceTest
class DossierStoredBeforeTheLimitsTest {

  private static final String COMMUNE = "19002";

  @Autowired MockMvc mvc;
  @Autowired DossierRepository dossiers;
  @Autowired CommuneRepository communes;
  @Autowired UserDetailsService users;
  @Autowired Lifecycle lifecycle;

  long id;

  @BeforeEach
  void storeAsTheServiceOnceDid() {
    if (!communes.exists(COMMUNE)) {
      communes.insert(new Commune(COMMUNE, "Xã cũ", "Hải Dương", UnitLevel.XA, false));
    }
    byte[] bytes = new String(ExampleBytes.fresh(), StandardCharsets.UTF_8).replace("\"code\": \"11095\"",
        "\"code\": \"" + COMMUNE + "\"").replace("\"targetValue\": 90,", "\"targetValue\": 1e1000000000,")
        .getBytes(StandardCharsets.UTF_8);
    int version = dossiers.latest(COMMUNE, 2025).map(d -> d.version() + 1).orElse(1);
    id = dossiers.insert(new StoredDossier(0, COMMUNE, 2025, version, null, Hashes.sha256(bytes), bytes.length,
        "stored before the limits", "auditor", Instant.now()), bytes);
    lifecycle.submit(COMMUNE, 2025, id, "received before the limits");
  }

  @Test
  void itsEvaluationIsRefusedWithTheProblemNotAServerError() throws Exception {
    mvc.perform(post("/api/dossiers/{id}/evaluations", id).with(TestUsers.auditor()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:stored-dossier-no-longer-valid"))
        .andExpect(jsonPath("$.problems[0].path").value("$.targets[0].targetValue"))
        .andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.startsWith("số quá lớn")));
  }

  @Test
  void itsDossierPageSaysItNoLongerPassesInsteadOfFailing() throws Exception {
    String page = mvc.perform(get("/xa/{code}/ho-so/2025", COMMUNE).with(user(users.loadUserByUsername("auditor"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(page).contains("không còn hợp lệ, nên không chấm điểm được").contains("$.targets[0].targetValue")
        .doesNotContain("id=\"preview-total\"");
  }
}
