package vn.qcdc.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.support.RowCounts;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;
import vn.qcdc.workbook.WorkbookProblem;

/**
 * A sample of the corpus through the browser pages: the auditor's upload page and the officer's dossier page show the
 * Vietnamese message on the page (200, the form again), never an error page, and store nothing.
 */
@ServiceTest
class HostileInputsOnThePagesTest {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;

  Map<String, Long> before;

  /** Every third dossier and every second workbook, without the body past the multipart limit (a redirect there). */
  static Stream<Hostile> sample() {
    return Stream.concat(HostileCorpus.everyNth(HostileCorpus.dossiers(), 3), HostileCorpus.everyNth(
        HostileCorpus.workbooks(), 2)).filter(h -> !h.name().equals("bodyLargerThanTwentyMegabytes"));
  }

  static Stream<Hostile> workbooks() {
    return HostileCorpus.everyNth(HostileCorpus.workbooks(), 2);
  }

  @BeforeEach
  void countRows() {
    before = RowCounts.of(jdbc);
  }

  @AfterEach
  void nothingWasStored() {
    assertThat(RowCounts.of(jdbc)).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sample")
  @SuppressWarnings("unchecked")
  void theUploadPageShowsTheProblem(Hostile hostile) throws Exception {
    MvcResult page = mvc.perform(multipart("/tai-len").file(new MockMultipartFile("hoSo", hostile.fileName(),
        hostile.fileName().endsWith(".xlsx") ? XLSX : "application/json", hostile.bytes()))
        .with(user(users.loadUserByUsername("auditor"))).with(csrf())).andReturn();

    assertThat(page.getResponse().getStatus()).isEqualTo(200);
    List<DossierProblem> problems = (List<DossierProblem>) page.getModelAndView().getModel().get("problems");
    assertThat(problems).as("the page's problems").anySatisfy(p -> assertThat(p.message())
        .contains(hostile.expected()));
    assertThat(page.getResponse().getContentAsString()).contains("class=\"problem");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workbooks")
  @SuppressWarnings("unchecked")
  void theOfficersDossierPageShowsTheProblemOfAWorkbook(Hostile hostile) throws Exception {
    MvcResult page = mvc.perform(multipart("/xa/{code}/ho-so/2025/bang-tinh", TestUsers.CHI_MINH)
        .file(new MockMultipartFile("bangTinh", hostile.fileName(), XLSX, hostile.bytes()))
        .with(user(users.loadUserByUsername("officer"))).with(csrf())).andReturn();

    assertThat(page.getResponse().getStatus()).isEqualTo(200);
    List<WorkbookProblem> problems = (List<WorkbookProblem>) page.getModelAndView().getModel()
        .get("workbookProblems");
    assertThat(problems).as("the page's problems").anySatisfy(p -> assertThat(p.message())
        .contains(hostile.expected()));
  }
}
