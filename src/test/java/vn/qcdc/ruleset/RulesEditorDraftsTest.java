package vn.qcdc.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.qcdc.support.SharedRules;
import vn.qcdc.support.TestUsers;

/**
 * A change of law touches several rule files: the editor keeps each edit as a draft of the signed-in user, checks
 * them together, and saves them together; nothing reaches the working folder before "Lưu".
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestUsers.class, SharedRules.class})
class RulesEditorDraftsTest {

  static final Path WORK;
  static final Path DATA;
  static final String CRITERIA = "g5-khieu-nai-to-cao/criteria.yaml";
  static final String SCENARIOS = "g5-khieu-nai-to-cao/scenarios.yaml";
  static final String TC54_BASIS = "legalBasis: \"Điều 9 Nghị định 20/2008/NĐ-CP; Điều 13 chỉ số 8 Thông tư 01/2018/TT-VPCP\"";
  static final String NEW_CASE = """

        - name: "TC5.4 nêu văn bản mới"
          criterion: TC5.4
          kind: MISSING_EVIDENCE
          expect: { state: MISSING_EVIDENCE, points: 0, cites: ["Văn bản thử nghiệm"] }
      """;

  static {
    try {
      Path tmp = Files.createTempDirectory("qcdc-editor-drafts");
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
    r.add("qcdc.rules.watch", () -> "false");
    r.add("qcdc.rules.data-dir", DATA::toString);
  }

  @Autowired
  MockMvc mvc;

  @Test
  void editsOfTwoFilesAreCheckedTogetherAndSavedTogether() throws Exception {
    MockHttpSession session = new MockHttpSession();
    String scenarios = Files.readString(WORK.resolve(SCENARIOS)) + NEW_CASE;
    String criteria = Files.readString(WORK.resolve(CRITERIA)).replace(TC54_BASIS,
        "legalBasis: \"Văn bản thử nghiệm\"");
    String before = RuleFolder.hash(WORK);

    String scenarioAlone = page(post("/bo-quy-tac/soan-thao/kiem-tra").session(session).param("tep", SCENARIOS)
        .param("noiDung", scenarios));
    String both = page(post("/bo-quy-tac/soan-thao/kiem-tra").session(session).param("tep", CRITERIA)
        .param("noiDung", criteria));

    assertThat(scenarioAlone).contains("Chưa thể áp dụng").contains("TC5.4 nêu văn bản mới")
        .contains("TC5.4 — căn cứ pháp lý: phải có “Văn bản thử nghiệm”")
        .contains("Bản nháp chưa lưu (1 tệp)");
    assertThat(both).contains("Hợp lệ: nạp được").contains("Bản nháp chưa lưu (2 tệp)");
    assertThat(RuleFolder.hash(WORK)).as("nothing saved yet").isEqualTo(before);

    String reopened = page(get("/bo-quy-tac/soan-thao").session(session).param("tep", SCENARIOS));
    String saved = page(post("/bo-quy-tac/soan-thao/luu").session(session).param("tep", CRITERIA)
        .param("noiDung", criteria).param("apDung", "true"));

    assertThat(reopened).as("the draft, not the saved file, is opened").contains("TC5.4 nêu văn bản mới");
    assertThat(saved).contains("Đã lưu 2 tệp và áp dụng").doesNotContain("Bản nháp chưa lưu");
    assertThat(Files.readString(WORK.resolve(SCENARIOS))).isEqualTo(scenarios);
    assertThat(Files.readString(WORK.resolve(CRITERIA))).isEqualTo(criteria);
  }

  @Test
  void aDraftCanBeDroppedAndAnEditEqualToTheFileIsNoDraft() throws Exception {
    MockHttpSession session = new MockHttpSession();
    String saved = Files.readString(WORK.resolve(SCENARIOS));

    page(post("/bo-quy-tac/soan-thao/nhap").session(session).param("tep", SCENARIOS).param("noiDung", saved + "\n# x\n"),
        302);
    String withDraft = page(get("/bo-quy-tac/soan-thao").session(session).param("tep", SCENARIOS));
    page(post("/bo-quy-tac/soan-thao/bo-nhap").session(session).param("tep", SCENARIOS), 302);
    String dropped = page(get("/bo-quy-tac/soan-thao").session(session).param("tep", SCENARIOS));
    page(post("/bo-quy-tac/soan-thao/nhap").session(session).param("tep", SCENARIOS).param("noiDung", saved), 302);
    String unchanged = page(get("/bo-quy-tac/soan-thao").session(session).param("tep", SCENARIOS));

    assertThat(withDraft).contains("(bản nháp chưa lưu)").contains("# x");
    assertThat(dropped).doesNotContain("Bản nháp chưa lưu").doesNotContain("# x");
    assertThat(unchanged).doesNotContain("Bản nháp chưa lưu");
  }

  @Test
  void aPathOutsideTheFolderIsNotFoundAndADraftLargerThanAFileMayBeIsRefused() throws Exception {
    MockHttpSession session = new MockHttpSession();

    page(get("/bo-quy-tac/soan-thao").session(session).param("tep", "../../../etc/passwd"), 404);
    page(post("/bo-quy-tac/soan-thao/nhap").session(session).param("tep", SCENARIOS)
        .param("noiDung", "#".repeat((int) vn.qcdc.rulebase.RuleSetFiles.MAX_FILE_BYTES + 1)), 400);

    assertThat(page(get("/bo-quy-tac/soan-thao").session(session).param("tep", SCENARIOS)))
        .doesNotContain("Bản nháp chưa lưu");
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    return page(request, 200);
  }

  private String page(MockHttpServletRequestBuilder request, int expected) throws Exception {
    return mvc.perform(request.with(user("legal").roles("LEGAL")).with(csrf()))
        .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }
}
