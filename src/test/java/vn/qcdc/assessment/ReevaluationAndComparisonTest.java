package vn.qcdc.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RuleSetLoader;
import vn.qcdc.ruleset.ActiveRuleSet;
import vn.qcdc.support.Api;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/** Re-evaluating with a newer rule set keeps the old result; comparisons say whether the dossier or the rules moved. */
@ServiceTest
class ReevaluationAndComparisonTest {

  @Autowired MockMvc mvc;
  @Autowired ActiveRuleSet active;

  @Test
  void reevaluationWithANewerRuleSetKeepsTheOldResultAndBlamesTheRuleSet(@TempDir Path copy) throws Exception {
    long old = new Api(mvc).freshEvaluation();
    RuleSet original = active.current();
    active.swap(newerRuleSet(copy));
    try {
      JsonNode again = Api.json(mvc.perform(post("/api/evaluations/{id}/reevaluations", old).with(TestUsers.auditor()))
          .andExpect(status().isCreated()).andReturn());
      long id = again.path("summary").path("id").asLong();

      assertThat(again.path("summary").path("supersedesId").asLong()).isEqualTo(old);
      assertThat(again.path("summary").path("ruleSetHash").asText()).isNotEqualTo(original.hash());
      mvc.perform(get("/api/evaluations/comparison?from={a}&to={b}", old, id).with(TestUsers.legal()))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.cause").value("RULE_SET"))
          .andExpect(jsonPath("$.dossierChanged").value(false))
          .andExpect(jsonPath("$.ruleSetChanged").value(true))
          .andExpect(jsonPath("$.criteria[0].criterion").isNotEmpty());
      mvc.perform(get("/api/evaluations/{id}", old).with(TestUsers.legal()))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.summary.ruleSetHash").value(original.hash()));
      mvc.perform(post("/api/evaluations/{id}/appraisals", old).with(TestUsers.auditor())
              .contentType(MediaType.APPLICATION_JSON).content("{\"criterion\":\"TC4.1\",\"points\":1,\"reason\":\"x\"}"))
          .andExpect(status().isConflict())
          .andExpect(jsonPath("$.type").value("urn:qcdc:problem:rule-set-changed"));
    } finally {
      active.swap(original);
    }
  }

  @Test
  void aNewDossierVersionEvaluatedWithTheSameRulesIsBlamedOnTheDossier() throws Exception {
    Api api = new Api(mvc);
    long first = api.freshEvaluation();
    String fewerSessions = new String(ExampleBytes.fresh(), StandardCharsets.UTF_8)
        .replaceFirst("\\{ *\"id\": *\"RS-02\"[^}]*\"cases\": *\\[\\] *\\},?", "");
    long second = api.evaluate(api.upload(fewerSessions.getBytes(StandardCharsets.UTF_8)))
        .path("summary").path("id").asLong();

    mvc.perform(get("/api/evaluations/comparison?from={a}&to={b}", first, second).with(TestUsers.auditor()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cause").value("DOSSIER"))
        .andExpect(jsonPath("$.dossierChanged").value(true))
        .andExpect(jsonPath("$.ruleSetChanged").value(false));
  }

  @Test
  void evaluatingTheSameDossierTwiceWithTheSameRulesIsRefused() throws Exception {
    Api api = new Api(mvc);
    long dossier = api.upload(ExampleBytes.fresh());
    long id = api.evaluate(dossier).path("summary").path("id").asLong();

    mvc.perform(post("/api/dossiers/{id}/evaluations", dossier).with(TestUsers.auditor()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.existingEvaluationId").value(id));
  }

  /** The shipped rules with one more comment line: same rules, new hash, as after a legal officer's edit. */
  private static RuleSet newerRuleSet(Path copy) throws Exception {
    FileSystemUtils.copyRecursively(Path.of("rules"), copy);
    Files.writeString(copy.resolve("profile.yaml"), "\n# edited\n", java.nio.file.StandardOpenOption.APPEND);
    return new RuleSetLoader().load(copy);
  }
}
