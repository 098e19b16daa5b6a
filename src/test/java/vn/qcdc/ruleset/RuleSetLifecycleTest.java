package vn.qcdc.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.qcdc.support.Api;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.SharedRules;
import vn.qcdc.support.TestUsers;

/**
 * The rule set changed in the running service: the watched folder is a temporary copy of ./rules, scanned every 100 ms
 * with a 300 ms debounce. One context, steps in order (each builds on the rule set the previous one left in force).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestUsers.class, SharedRules.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuleSetLifecycleTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Path WORK;
  static final Path DATA;
  static final String G5 = "g5-khieu-nai-to-cao/rules.drl";
  static final String K27_10 = "{ from: 2012-07-01, value: \"10\",";
  static final String K27_5 = "{ from: 2012-07-01, value: \"5\",";

  static {
    try {
      Path tmp = Files.createTempDirectory("qcdc-lifecycle");
      WORK = tmp.resolve("rules");
      DATA = tmp.resolve("data");
      RuleFolder.copy(Path.of("rules"), WORK);
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) {
    r.add("qcdc.rules.path", WORK::toString);
    r.add("qcdc.rules.watch", () -> "true");
    r.add("qcdc.rules.watch-interval", () -> "100ms");
    r.add("qcdc.rules.debounce", () -> "300ms");
    r.add("qcdc.rules.sync-interval", () -> "1s");
    r.add("qcdc.rules.data-dir", DATA::toString);
  }

  static String h0;
  static String h1;
  static String originalG5;
  static String originalParameters;

  @Autowired
  MockMvc mvc;

  @BeforeAll
  static void remember() throws IOException {
    originalG5 = Files.readString(WORK.resolve(G5));
    originalParameters = Files.readString(WORK.resolve("parameters.yaml"));
    assertThat(originalParameters).contains(K27_10);
  }

  @Test
  @Order(1)
  void startsWithTheFolderInForceAndRecordsIt() throws Exception {
    h0 = SharedRules.get().hash();
    JsonNode status = get("/api/rule-set/status");
    assertThat(status.path("inForce").path("hash").asText()).isEqualTo(h0);
    assertThat(status.path("watching").asBoolean()).isTrue();
    JsonNode history = get("/api/rule-set/history");
    assertThat(history).hasSize(1);
    assertThat(history.get(0).path("hash").asText()).isEqualTo(h0);
    assertThat(history.get(0).path("reason").asText()).isEqualTo("startup");
    assertThat(evaluateFresh()).isEqualTo(h0);
  }

  @Test
  @Order(2)
  void aBrokenRuleFileIsRejectedWithFileAndLineWhileThePreviousRuleSetKeepsServing() throws Exception {
    write(G5, originalG5 + "\nrule \"broken\"\nwhen\n  $x : NoSuchFact( )\nthen\nend\n");
    JsonNode rejected = awaitStatus(s -> s.path("lastRejected").path("hash").isTextual()
        && s.path("lastRejected").path("problems").size() > 0);
    JsonNode problem = rejected.path("lastRejected").path("problems").get(0);
    assertThat(problem.path("file").asText()).isEqualTo(G5);
    assertThat(problem.path("line").asInt()).isPositive();
    assertThat(rejected.path("lastRejected").path("reason").asText()).isEqualTo("watcher");
    assertThat(rejected.path("inForce").path("hash").asText()).isEqualTo(h0);
    assertThat(get("/api/rule-set").path("hash").asText()).isEqualTo(h0);
    assertThat(evaluateFresh()).isEqualTo(h0);
  }

  @Test
  @Order(3)
  void aFailingScenarioAlsoBlocksActivation() throws Exception {
    write(G5, originalG5);
    write("parameters.yaml", originalParameters.replace(K27_10, K27_5));
    JsonNode rejected = awaitStatus(s -> s.path("lastRejected").path("failedScenarios").size() > 0);
    JsonNode failed = rejected.path("lastRejected").path("failedScenarios").get(0);
    assertThat(failed.path("file").asText()).isEqualTo("g5-khieu-nai-to-cao/scenarios.yaml");
    assertThat(failed.path("name").asText()).isNotBlank();
    assertThat(failed.path("differences").get(0).asText()).contains("kỳ vọng").contains("thực tế");
    assertThat(rejected.path("inForce").path("hash").asText()).isEqualTo(h0);
  }

  @Test
  @Order(4)
  void previewShowsTheCommunesWhoseScoreMovesWithoutStoringAnything() throws Exception {
    long evaluationsBefore = get("/api/evaluations").size();
    String body = JSON.writeValueAsString(Map.of("edits", Map.of("parameters.yaml",
        originalParameters.replace(K27_10, K27_5))));
    JsonNode job = Api.json(mvc.perform(post("/api/rule-set/preview").with(TestUsers.legal())
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isAccepted()).andReturn());
    String id = job.path("id").asText();
    JsonNode done = await(() -> get("/api/rule-set/preview/" + id), j -> j.path("state").asText().equals("DONE"));
    assertThat(done.path("total").asInt()).isPositive().isEqualTo(done.path("done").asInt());
    assertThat(done.path("failedScenarios").size()).isPositive();
    JsonNode row = done.path("results").get(0);
    assertThat(row.path("communeCode").asText()).isEqualTo(TestUsers.CHI_MINH);
    assertThat(row.path("changed").asBoolean()).isTrue();
    assertThat(row.path("newTotal").decimalValue()).isLessThan(row.path("oldTotal").decimalValue());
    assertThat(row.path("criteria").findValuesAsText("criterion")).contains("TC5.1");
    assertThat(get("/api/evaluations").size()).isEqualTo(evaluationsBefore);
    assertThat(get("/api/rule-set").path("hash").asText()).isEqualTo(h0);

    var legalPage = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
        .user("legal").roles("LEGAL");
    String page = mvc.perform(post("/bo-quy-tac/soan-thao/xem-truoc").with(legalPage)
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
            .param("tep", "parameters.yaml").param("noiDung", originalParameters.replace(K27_10, K27_5)))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    String html = "";
    while (!html.contains("data-state=\"DONE\"") && System.nanoTime() < deadline) {
      Thread.sleep(100);
      html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(page).with(legalPage))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
    assertThat(html).contains("data-state=\"DONE\"").contains("Hoàn tất").contains(TestUsers.CHI_MINH).contains("TC5.1");
    assertThat(get("/api/evaluations").size()).isEqualTo(evaluationsBefore);
  }

  @Test
  @Order(5)
  void fixingTheFolderActivatesTheNewRuleSetWithinSeconds() throws Exception {
    write("parameters.yaml", originalParameters);
    write(G5, originalG5 + "\n// ghi chú: đã rà soát thời hạn K27\n");
    JsonNode status = awaitStatus(s -> !s.path("inForce").path("hash").asText().equals(h0));
    h1 = status.path("inForce").path("hash").asText();
    assertThat(h1).isEqualTo(RuleFolder.hash(WORK));
    assertThat(status.path("inForce").path("activatedBy").asText()).isEqualTo("watcher");
    assertThat(status.path("lastAttempt").path("outcome").asText()).isEqualTo("ACTIVATED");
    assertThat(evaluateFresh()).isEqualTo(h1);
    JsonNode history = get("/api/rule-set/history");
    assertThat(history).hasSize(2);
    JsonNode version = get("/api/rule-set/history/" + h1);
    assertThat(version.path("diff").asText()).contains("+++ b/" + G5).contains("+// ghi chú: đã rà soát thời hạn K27");
    assertThat(version.path("files").path(G5).asText()).contains("ghi chú");
  }

  @Test
  @Order(6)
  void rollbackPutsThePreviousRuleSetInForceAndItsFilesInTheWorkingFolder() throws Exception {
    mvc.perform(post("/api/rule-set/rollback/" + h0).with(TestUsers.auditor())).andExpect(status().isForbidden());
    JsonNode attempt = Api.json(mvc.perform(post("/api/rule-set/rollback/" + h0.substring(0, 12))
        .with(TestUsers.legal())).andExpect(status().isOk()).andReturn());
    assertThat(attempt.path("outcome").asText()).isEqualTo("ACTIVATED");
    assertThat(attempt.path("hash").asText()).isEqualTo(h0);
    JsonNode status = get("/api/rule-set/status");
    assertThat(status.path("inForce").path("hash").asText()).isEqualTo(h0);
    assertThat(status.path("inForce").path("folder").asText()).doesNotStartWith(WORK.toString());
    assertThat(status.path("inForce").path("activatedBy").asText()).isEqualTo("legal");
    assertThat(status.path("inForce").path("reason").asText()).isEqualTo("rollback");
    assertThat(RuleFolder.hash(WORK)).as("one source of truth: the folder holds the files in force").isEqualTo(h0);
    assertThat(Files.readString(WORK.resolve(G5))).isEqualTo(originalG5);
    assertThat(DATA.resolve("working-folder-backups")).as("the folder held h1, a recorded version: nothing to keep")
        .doesNotExist();
    assertThat(evaluateFresh()).isEqualTo(h0);
    Thread.sleep(800);
    assertThat(get("/api/rule-set").path("hash").asText()).as("the watcher does not undo a rollback").isEqualTo(h0);
    assertThat(get("/api/rule-set/history")).hasSize(3);
  }

  @Test
  @Order(7)
  void afterARollbackReloadChangesNothingAndRollingForwardRestoresTheEditedFiles() throws Exception {
    mvc.perform(post("/api/rule-set/reload").with(TestUsers.auditor())).andExpect(status().isForbidden());
    JsonNode reload = Api.json(mvc.perform(post("/api/rule-set/reload").with(TestUsers.legal()))
        .andExpect(status().isOk()).andReturn());
    assertThat(reload.path("outcome").asText()).isEqualTo("UNCHANGED");
    // an edit the watcher refuses (a broken YAML), so that it is in force nowhere and recorded nowhere
    write("profile.yaml", Files.readString(WORK.resolve("profile.yaml")) + "\nchưa xong: [\n");
    String unapplied = RuleFolder.hash(WORK);
    awaitStatus(st -> unapplied.equals(st.path("lastRejected").path("hash").asText()));
    JsonNode attempt = Api.json(mvc.perform(post("/api/rule-set/rollback/" + h1).with(TestUsers.legal()))
        .andExpect(status().isOk()).andReturn());
    assertThat(attempt.path("outcome").asText()).isEqualTo("ACTIVATED");
    assertThat(get("/api/rule-set").path("hash").asText()).isEqualTo(h1).isEqualTo(RuleFolder.hash(WORK));
    assertThat(Files.readString(WORK.resolve(G5))).contains("ghi chú: đã rà soát thời hạn K27");
    try (var kept = Files.list(DATA.resolve("working-folder-backups"))) {
      assertThat(kept.map(p -> p.getFileName().toString()).toList())
          .as("the edit never put in force is kept aside").singleElement().asString()
          .endsWith(unapplied.substring(0, 12));
    }
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
        "/api/rule-set/history/0123456789abcdef").with(TestUsers.legal())).andExpect(status().isNotFound());
  }

  @Test
  @Order(8)
  void theEditorPageChecksAnEditWithoutSavingIt() throws Exception {
    var legal = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("legal")
        .roles("LEGAL");
    var auditor = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
        .user("auditor").roles("AUDITOR");
    var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
    String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .get("/bo-quy-tac/soan-thao").param("tep", G5).with(legal))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("parameters.yaml").contains("ghi chú: đã rà soát thời hạn K27")
        .contains("/webjars/codemirror/5.65.16/lib/codemirror.js");
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .get("/webjars/codemirror/5.65.16/lib/codemirror.js").with(legal))
        .andExpect(status().isOk());
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/bo-quy-tac/soan-thao")
        .with(auditor)).andExpect(status().isForbidden());
    String checked = mvc.perform(post("/bo-quy-tac/soan-thao/kiem-tra").with(legal).with(csrf).param("tep", G5)
            .param("noiDung", originalG5 + "\nrule \"broken\"\nwhen\nthen\nend\n"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(checked).contains("Chưa thể áp dụng").contains(G5 + ":");
    assertThat(RuleFolder.hash(WORK)).as("nothing saved").isEqualTo(h1);
  }

  private String evaluateFresh() throws Exception {
    Api api = new Api(mvc);
    return api.evaluate(api.upload(ExampleBytes.fresh())).path("summary").path("ruleSetHash").asText();
  }

  private JsonNode get(String path) throws Exception {
    return Api.json(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
        .with(TestUsers.legal())).andExpect(status().isOk()).andReturn());
  }

  private JsonNode awaitStatus(Predicate<JsonNode> done) throws Exception {
    return await(() -> get("/api/rule-set/status"), done);
  }

  interface Call {
    JsonNode call() throws Exception;
  }

  static JsonNode await(Call call, Predicate<JsonNode> done) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonNode last = call.call();
    while (!done.test(last)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within 60 s; last: " + last.toPrettyString());
      }
      Thread.sleep(100);
      last = call.call();
    }
    return last;
  }

  private static void write(String relative, String text) throws IOException {
    Files.writeString(WORK.resolve(relative), text, StandardCharsets.UTF_8);
  }
}
