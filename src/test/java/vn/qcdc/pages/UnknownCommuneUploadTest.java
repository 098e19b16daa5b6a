package vn.qcdc.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.ServiceTest;

/**
 * A dossier of a commune that is not registered: the auditor is told, in the page's language, that an administrator
 * registers communes and where; a user who may register communes is offered the form, filled with the dossier's
 * commune.
 */
@ServiceTest
class UnknownCommuneUploadTest {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  @Test
  void anAuditorIsToldThatTheAdministratorRegistersCommunesAndWhere() throws Exception {
    String vi = uploadUnknown("vi", user(users.loadUserByUsername("auditor")));
    String en = uploadUnknown("en", user(users.loadUserByUsername("auditor")));

    assertThat(vi).contains("Xã chưa có trong danh mục").contains("Chỉ quản trị viên đăng ký được xã mới")
        .contains("mã xã 99999").contains("Quản trị › Xã, phường").contains("<code>/quan-tri/xa</code>")
        .doesNotContain("Đăng ký xã 99999");
    assertThat(en).contains("Unknown commune").contains("Only an administrator registers new communes")
        .contains("commune code 99999").contains("Administration › Communes").contains("<code>/quan-tri/xa</code>")
        .doesNotContain("Chỉ quản trị viên đăng ký được xã mới");
  }

  @Test
  void aUserWhoMayRegisterCommunesIsOfferedTheFormFilledWithTheDossiersCommune() throws Exception {
    RequestPostProcessor auditorAndAdmin = user("auditor-admin").roles("AUDITOR", "ADMIN");

    String vi = uploadUnknown("vi", auditorAndAdmin);
    String en = uploadUnknown("en", auditorAndAdmin);
    String form = HtmlUtils.htmlUnescape(mvc.perform(get("/quan-tri/xa").param("code", "99999")
            .param("name", "Chí Minh").with(auditorAndAdmin)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());

    assertThat(HtmlUtils.htmlUnescape(vi)).contains("Đăng ký xã 99999 (Chí Minh) →")
        .containsPattern("href=\"/quan-tri/xa\\?code=99999&name=[^\"]+\"").doesNotContain("gửi cho quản trị viên mã xã");
    assertThat(HtmlUtils.htmlUnescape(en)).contains("Register commune 99999 (Chí Minh) →");
    assertThat(form).contains("value=\"99999\"").contains("value=\"Chí Minh\"");
  }

  private String uploadUnknown(String lang, RequestPostProcessor who) throws Exception {
    String text = new String(ExampleBytes.example(), StandardCharsets.UTF_8)
        .replace("\"code\": \"11095\"", "\"code\": \"99999\"");
    assertThat(text).contains("\"code\": \"99999\"").contains("\"name\": \"Chí Minh\"");
    return mvc.perform(multipart("/tai-len").file(new MockMultipartFile("hoSo", "ho-so.json", "application/json",
            text.getBytes(StandardCharsets.UTF_8))).param("lang", lang).with(who).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }
}
