package vn.qcdc.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.qcdc.support.HostileRuleFiles;
import vn.qcdc.support.SharedRules;
import vn.qcdc.support.TestUsers;

/**
 * Every hostile rule file of the corpus, sent to the running service the three ways legal staff can: the editor's
 * check, the impact preview, and a reload of the working folder. Each is refused at its file and line, nothing it
 * tries happens, the rule set in force stays, and the service and its watcher keep working throughout.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestUsers.class, SharedRules.class})
class HostileRulesServiceTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Path WORK;
  static final Path MARKERS;
  static final String EDITED = "g5-khieu-nai-to-cao/rules.drl";

  static {
    try {
      Path tmp = Files.createTempDirectory("qcdc-hostile");
      WORK = tmp.resolve("rules");
      MARKERS = Files.createDirectories(tmp.resolve("markers"));
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
    r.add("qcdc.rules.debounce", () -> "60s");
  }

  @Autowired
  MockMvc mvc;

  @Autowired
  ActiveRuleSet active;

  @AfterEach
  void theServiceKeepsAnswering() throws Exception {
    mvc.perform(get("/api/rule-set/status").with(TestUsers.legal())).andExpect(status().isOk());
    assertThat(active.current().hash()).isEqualTo(SharedRules.get().hash());
  }

  @Test
  void refusesEveryHostileFileInTheEditorThePreviewAndAReload() throws Exception {
    List<HostileRuleFiles.Case> corpus = HostileRuleFiles.all(MARKERS);

    for (HostileRuleFiles.Case hostile : corpus) {
      String where = EDITED + ":" + hostile.line() + ":";
      String page = mvc.perform(post("/bo-quy-tac/soan-thao/kiem-tra").with(user("legal").roles("LEGAL")).with(csrf())
              .param("tep", EDITED).param("noiDung", hostile.text()))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
      assertThat(page).as("editor check of %s", hostile).contains(where);

      JsonNode preview = preview(Map.of("edits", Map.of(hostile.file(), hostile.text())));
      assertThat(preview.path("state").asText()).as("preview of %s", hostile).isEqualTo("INVALID");
      assertThat(preview.path("problems").findValuesAsText("file")).contains(hostile.file());

      Files.writeString(WORK.resolve(hostile.file()), hostile.text());
      JsonNode reload = json(mvc.perform(post("/api/rule-set/reload").with(TestUsers.legal()))
          .andExpect(status().isUnprocessableEntity()).andReturn());
      Files.delete(WORK.resolve(hostile.file()));
      assertThat(reload.path("problems")).as("reload of %s", hostile).anySatisfy(p -> {
        assertThat(p.path("file").asText()).isEqualTo(hostile.file());
        assertThat(p.path("line").asInt()).isEqualTo(hostile.line());
      });

      assertThat(hostile.marker()).as("%s left no trace", hostile).doesNotExist();
    }
    JsonNode status = json(mvc.perform(get("/api/rule-set/status").with(TestUsers.legal())).andReturn());
    assertThat(status.path("watching").asBoolean()).isTrue();
  }

  @Test
  void aRuleThatFeedsItselfIsStoppedInItsScenariosAndNamedWithItsFileAndLine() throws Exception {
    String file = "g4-tiep-cong-dan/tu-kich-hoat.drl";
    Files.writeString(WORK.resolve(file), HostileRuleFiles.SELF_FEEDING);
    try {
      JsonNode reload = json(mvc.perform(post("/api/rule-set/reload").with(TestUsers.legal()))
          .andExpect(status().isUnprocessableEntity()).andReturn());

      assertThat(reload.path("problems")).anySatisfy(p -> {
        assertThat(p.path("file").asText()).isEqualTo(file);
        assertThat(p.path("line").asInt()).isEqualTo(4);
        assertThat(p.path("message").asText()).contains("TC4.1 tự kích hoạt").contains("các quy tắc đã thêm hơn");
      });
    } finally {
      Files.delete(WORK.resolve(file));
    }
  }

  @Test
  void aSymbolicLinkInTheRulesFolderAndAServerPathInThePreviewAreRefused() throws Exception {
    Path outside = Files.writeString(MARKERS.resolve("outside.drl"), "package qcdc.outside;\n");
    Path link = WORK.resolve("g4-tiep-cong-dan/lien-ket.drl");
    Files.createSymbolicLink(link, outside);
    try {
      JsonNode reload = json(mvc.perform(post("/api/rule-set/reload").with(TestUsers.legal()))
          .andExpect(status().isUnprocessableEntity()).andReturn());

      assertThat(reload.path("problems").findValuesAsText("file")).contains("g4-tiep-cong-dan/lien-ket.drl");
      assertThat(reload.path("problems").findValuesAsText("message")).anyMatch(m -> m.contains("liên kết tượng trưng"));
    } finally {
      Files.delete(link);
    }
    mvc.perform(post("/api/rule-set/preview").with(TestUsers.legal()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"folder\": \"/etc\"}"))
        .andExpect(status().isBadRequest());
  }

  private JsonNode preview(Map<String, ?> request) throws Exception {
    JsonNode job = json(mvc.perform(post("/api/rule-set/preview").with(TestUsers.legal())
            .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(request)))
        .andExpect(status().isAccepted()).andReturn());
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode now = json(mvc.perform(get("/api/rule-set/preview/" + job.path("id").asText())
          .with(TestUsers.legal())).andReturn());
      if (!List.of("CHECKING", "RUNNING").contains(now.path("state").asText())) {
        return now;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the preview did not finish");
  }

  private static JsonNode json(MvcResult result) throws Exception {
    return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }
}
