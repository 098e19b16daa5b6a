package vn.qcdc.workspace;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.qcdc.intake.DossierRepository;
import vn.qcdc.support.Api;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/** The dossier pages' own flash messages and refusals, in Vietnamese and, asked with {@code ?lang=en}, in English. */
@ServiceTest
class WorkspaceMessagesLanguageTest {

  private static int nextYear = 2080;

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired DossierRepository dossiers;

  int year;

  @BeforeEach
  void startAYearOfChiMinh() throws Exception {
    new Api(mvc).upload(ExampleBytes.fresh());
    year = nextYear++;
    mvc.perform(post(page("/lap")).with(as("officer")).with(csrf())).andExpect(status().is3xxRedirection());
  }

  @Test
  void aSavedRecordIsConfirmedWithItsVersionInThePagesLanguage() throws Exception {
    addComplaint("vi", "K-01").andExpect(flash().attribute("saved", "thêm bản ghi K-01 · phiên bản 2"));
    addComplaint("en", "K-02").andExpect(flash().attribute("saved", "added record K-02 · version 3"));
    mvc.perform(post(page("/muc/complaints/1/xoa")).param("lang", "en").param("base", String.valueOf(newest()))
        .with(as("officer")).with(csrf())).andExpect(flash().attribute("saved", "deleted record K-01 · version 4"));
  }

  @Test
  void theVersionsSourceStaysInVietnameseWhateverThePagesLanguage() throws Exception {
    addComplaint("en", "K-01");

    org.assertj.core.api.Assertions.assertThat(dossiers.latest(TestUsers.CHI_MINH, year).orElseThrow().source())
        .isEqualTo("biểu mẫu: thêm bản ghi K-01 (complaints)");
  }

  @Test
  void anEditOnAnOlderVersionIsRefusedInThePagesLanguage() throws Exception {
    long stale = newest();
    addComplaint("vi", "K-01");

    complaint("vi", "K-02", stale).andExpect(status().isOk()).andExpect(model().attribute("error",
        "Hồ sơ đã được cập nhật (phiên bản 2, officer) sau khi anh/chị mở trang này; hãy mở lại và nhập lại thay đổi."));
    complaint("en", "K-02", stale).andExpect(status().isOk()).andExpect(model().attribute("error",
        "The dossier was updated (version 2, by officer) after you opened this page; open it again and redo your "
            + "changes."));
  }

  @Test
  void submittingAnOlderVersionAndEvaluatingNothingSubmittedAreRefusedInThePagesLanguage() throws Exception {
    long stale = newest();
    addComplaint("vi", "K-01");

    submit("vi", stale).andExpect(flash().attribute("error",
        "Hồ sơ vừa có phiên bản mới hơn (phiên bản 2); hãy xem lại rồi nộp."));
    submit("en", stale).andExpect(flash().attribute("error",
        "The dossier has just got a newer version (version 2); review it, then submit."));
    evaluate("vi").andExpect(flash().attribute("error",
        "Chưa có phiên bản nào được nộp; chỉ chấm chính thức phiên bản xã đã nộp."));
    evaluate("en").andExpect(flash().attribute("error",
        "No version has been submitted yet; only a version the commune submitted is evaluated officially."));
  }

  private ResultActions addComplaint(String lang, String id) throws Exception {
    return complaint(lang, id, newest()).andExpect(status().is3xxRedirection());
  }

  private ResultActions complaint(String lang, String id, long base) throws Exception {
    return mvc.perform(post(page("/muc/complaints/moi")).param("lang", lang).param("base", String.valueOf(base))
        .param("id", id).param("subject", "Khiếu nại về đất").param("receivedDate", "03/03/" + year)
        .param("withinCompetence", "Có").with(as("officer")).with(csrf()));
  }

  private ResultActions submit(String lang, long base) throws Exception {
    return mvc.perform(post(page("/nop")).param("lang", lang).param("base", String.valueOf(base))
        .with(as("officer")).with(csrf()));
  }

  private ResultActions evaluate(String lang) throws Exception {
    return mvc.perform(post(page("/cham-diem")).param("lang", lang).with(as("auditor")).with(csrf()));
  }

  private String page(String rest) {
    return "/xa/" + TestUsers.CHI_MINH + "/ho-so/" + year + rest;
  }

  private RequestPostProcessor as(String username) {
    return user(users.loadUserByUsername(username));
  }

  private long newest() {
    return dossiers.latest(TestUsers.CHI_MINH, year).orElseThrow().id();
  }
}
