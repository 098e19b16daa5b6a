package vn.qcdc.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/** A chairman and a commune officer see one commune, so an administrator must name a registered one. */
@ServiceTest
class CommuneBoundUsersTest {

  @Autowired MockMvc mvc;

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"CHAIRMAN", "OFFICER"})
  void aUserBoundToACommuneNeedsARegisteredCommune(Role role) throws Exception {
    String name = role.name().toLowerCase() + "-" + System.nanoTime();
    create(name, role, null).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.path").value("$.communeCode"));
    create(name, role, "99999").andExpect(status().isUnprocessableEntity());

    create(name, role, TestUsers.CHI_MINH).andExpect(status().isCreated())
        .andExpect(jsonPath("$.communeCode").value(TestUsers.CHI_MINH));
  }

  private org.springframework.test.web.servlet.ResultActions create(String name, Role role, String commune)
      throws Exception {
    String body = "{\"username\":\"" + name + "\",\"password\":\"long-enough-password\",\"role\":\"" + role + "\""
        + (commune == null ? "" : ",\"communeCode\":\"" + commune + "\"") + "}";
    return mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content(body)
        .with(TestUsers.admin()));
  }
}
