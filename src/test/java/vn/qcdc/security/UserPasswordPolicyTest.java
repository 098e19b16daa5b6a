package vn.qcdc.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/** Creating a user and changing a password over the API both go through the password policy. */
@ServiceTest
class UserPasswordPolicyTest {

  @Autowired MockMvc mvc;

  @Test
  void aNewUserWithAShortPasswordIsRefusedWithTheRuleInBothLanguages() throws Exception {
    create("short-pw-user", "123456789")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:weak-password"))
        .andExpect(jsonPath("$.problems[0].path").value("$.password"))
        .andExpect(jsonPath("$.problems[0].rule").value("too-short"))
        .andExpect(jsonPath("$.problems[0].message").value("The password must have at least 10 characters."))
        .andExpect(jsonPath("$.problems[0].messageVi").value("Mật khẩu phải có ít nhất 10 ký tự."));
    mvc.perform(get("/api/users").with(TestUsers.admin()))
        .andExpect(jsonPath("$[?(@.username == 'short-pw-user')]").isEmpty());
  }

  @Test
  void aNewUserWhosePasswordContainsTheUserNameIsRefused() throws Exception {
    create("namesake", "my-namesake-password")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.problems[0].rule").value("contains-username"));
  }

  @Test
  void aDemoPasswordIsRefusedWhenTheDemoDataIsOff() throws Exception {
    create("province-head", "province-demo")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.problems[0].rule").value("demo-password"));
  }

  @Test
  void aPasswordTooLongForBcryptIsRefusedInsteadOfFailing() throws Exception {
    create("long-pw-user", "a".repeat(100))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.problems[0].rule").value("too-long"));
  }

  @Test
  void aPasswordChangeToAWeakPasswordIsRefusedAndTheOldPasswordStillWorks() throws Exception {
    create("changer", "first-good-password").andExpect(status().isCreated());

    update("changer", "x").andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.problems[0].rule").value("too-short"));

    mvc.perform(get("/api/communes").with(httpBasic("changer", "first-good-password"))).andExpect(status().isOk());
  }

  @Test
  void aGoodPasswordChangeIsStored() throws Exception {
    create("changer2", "first-good-password").andExpect(status().isCreated());

    update("changer2", "second-good-password").andExpect(status().isOk());

    mvc.perform(get("/api/communes").with(httpBasic("changer2", "second-good-password"))).andExpect(status().isOk());
  }

  private ResultActions create(String username, String password) throws Exception {
    return mvc.perform(post("/api/users").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
        .content(body(username, password)));
  }

  private ResultActions update(String username, String password) throws Exception {
    return mvc.perform(put("/api/users/" + username).with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
        .content(body(username, password)));
  }

  private static String body(String username, String password) {
    return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"role\":\"LEGAL\"}";
  }
}
