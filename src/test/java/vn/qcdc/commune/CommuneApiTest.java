package vn.qcdc.commune;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/** Administrators create, rename and link communes; invalid input names its field. */
@ServiceTest
class CommuneApiTest {

  @Autowired MockMvc mvc;

  @Test
  void createsAndRenamesACommune() throws Exception {
    send(post("/api/communes"), "{\"code\":\"10001\",\"name\":\"Tân Hưng\",\"province\":\"Hải Dương\",\"level\":\"XA\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.name").value("Tân Hưng"));

    send(put("/api/communes/10001"), "{\"code\":\"10001\",\"name\":\"Tân Hưng mới\",\"province\":\"Hải Phòng\","
        + "\"level\":\"PHUONG\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.province").value("Hải Phòng"))
        .andExpect(jsonPath("$.level").value("PHUONG"));
  }

  @Test
  void invalidFieldsAreListedWithTheirPaths() throws Exception {
    send(post("/api/communes"), "{\"code\":\"12\",\"name\":\"\",\"province\":\"Hải Dương\",\"level\":\"XA\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:invalid-request"))
        .andExpect(jsonPath("$.problems[?(@.path == '$.code')]").exists())
        .andExpect(jsonPath("$.problems[?(@.path == '$.name')]").exists());
  }

  @Test
  void aDuplicateCodeIsAConflict() throws Exception {
    send(post("/api/communes"), "{\"code\":\"11095\",\"name\":\"X\",\"province\":\"Y\",\"level\":\"XA\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:duplicate-commune"));
  }

  @Test
  void aSuccessorListsItsPredecessorsAndItsHistoryIncludesTheirEvaluations() throws Exception {
    long evaluation = new vn.qcdc.support.Api(mvc).freshEvaluation();
    send(post("/api/communes"), "{\"code\":\"10002\",\"name\":\"Xã mới\",\"province\":\"Hải Dương\",\"level\":\"XA\"}")
        .andExpect(status().isCreated());

    send(post("/api/communes/10002/predecessors"), "{\"predecessorCode\":\"11095\",\"effectiveDate\":\"2025-07-01\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.predecessors[0].predecessorCode").value("11095"));
    mvc.perform(get("/api/communes/11095").with(TestUsers.auditor()))
        .andExpect(jsonPath("$.successors[0].successorCode").value("10002"));
    mvc.perform(get("/api/communes/10002/history").with(TestUsers.legal()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id == " + evaluation + ")].communeCode").value("11095"));
    send(post("/api/communes/11095/predecessors"), "{\"predecessorCode\":\"10002\",\"effectiveDate\":\"2025-07-01\"}")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:link-cycle"));
  }

  private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String body) throws Exception {
    return mvc.perform(request.with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON).content(body));
  }
}
