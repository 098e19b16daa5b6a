package vn.qcdc.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.qcdc.support.ServiceTest;

/** The constants page shows the YAML's ISO days as dd/MM/yyyy, and reads a new value's day typed so, in vi and en. */
@ServiceTest
class ConstantsPageLanguageTest {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  @Test
  void daysAreShownAsDdMmYyyyInBothLanguages() throws Exception {
    for (String lang : new String[] {"vi", "en"}) {
      String page = html(get("/bo-quy-tac/hang-so").param("lang", lang), 200);

      assertThat(page).as(lang).contains("<td class=\"from\">01/07/2023</td>").contains("<td class=\"from\">01/01/2023</td>")
          .doesNotContain("<td class=\"from\">2023-").contains("value=\"01/07/2023\"")
          .contains("placeholder=\"dd/mm/yyyy\"").doesNotContain("type=\"date\"");
    }
  }

  @Test
  void anImpossibleDayIsRefusedInThePagesLanguage() throws Exception {
    String vi = html(add("vi", "31/02/2026"), 422);
    String en = html(add("en", "31/02/2026"), 422);

    assertThat(vi).contains("Ngày áp dụng “31/02/2026” không đọc được; hãy nhập theo dạng dd/MM/yyyy");
    assertThat(en).contains("The date “31/02/2026” cannot be read; type it as dd/MM/yyyy");
  }

  @Test
  void aDayBeforeTheLastValueIsRefusedNamingItAsDdMmYyyy() throws Exception {
    assertThat(html(add("en", "31/12/2022"), 422)).contains("01/01/2023").doesNotContain("2023-01-01 ");
    assertThat(html(add("vi", "31/12/2022"), 422)).contains("sau ngày 01/01/2023");
  }

  private MockHttpServletRequestBuilder add(String lang, String day) {
    return post("/bo-quy-tac/hang-so/them").param("lang", lang).param("id", "K02").param("tu", day)
        .param("giaTri", "10").with(csrf());
  }

  private String html(MockHttpServletRequestBuilder request, int status) throws Exception {
    return HtmlUtils.htmlUnescape(mvc.perform(request.with(user(users.loadUserByUsername("legal"))))
        .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }
}
