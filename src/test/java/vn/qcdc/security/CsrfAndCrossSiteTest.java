package vn.qcdc.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/** Browser forms need a CSRF token; the API needs none but refuses what a browser marks as cross-site. */
@ServiceTest
class CsrfAndCrossSiteTest {

  @Autowired MockMvc mvc;

  @Test
  void aCrossSiteBrowserPostToTheApiIsRefusedEvenWithCredentials() throws Exception {
    mvc.perform(post("/api/communes").with(TestUsers.admin()).header("Sec-Fetch-Site", "cross-site")
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:cross-site-request"));
  }

  @Test
  void aCrossSiteBrowserReadIsNotAffected() throws Exception {
    mvc.perform(get("/api/communes").with(TestUsers.admin()).header("Sec-Fetch-Site", "cross-site"))
        .andExpect(status().isOk());
  }

  @Test
  void aPostOutsideTheApiWithoutACsrfTokenIsRefused() throws Exception {
    mvc.perform(post("/logout").with(TestUsers.admin())).andExpect(status().isForbidden());
  }

  @Test
  void theApiAsksForBasicCredentialsWithAProblemDocument() throws Exception {
    mvc.perform(get("/api/communes"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", "Basic realm=\"qcdc\""))
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:unauthorized"));
  }

  @Test
  void aWrongPasswordIsRefused() throws Exception {
    mvc.perform(get("/api/communes").with(org.springframework.security.test.web.servlet.request
            .SecurityMockMvcRequestPostProcessors.httpBasic("admin", "wrong")))
        .andExpect(status().isUnauthorized());
  }
}
