package vn.qcdc.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Small steps of the API journeys, done as the auditor, returning the JSON answer. */
public final class Api {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockMvc mvc;

  public Api(MockMvc mvc) {
    this.mvc = mvc;
  }

  public long upload(byte[] dossier) throws Exception {
    return json(mvc.perform(post("/api/dossiers").with(TestUsers.auditor()).contentType(MediaType.APPLICATION_JSON)
        .content(dossier)).andExpect(status().isCreated()).andReturn()).path("id").asLong();
  }

  public JsonNode evaluate(long dossierId) throws Exception {
    return json(mvc.perform(post("/api/dossiers/{id}/evaluations", dossierId).with(TestUsers.auditor()))
        .andExpect(status().isCreated()).andReturn());
  }

  /** Uploads a fresh copy of the example and evaluates it; returns the evaluation's id. */
  public long freshEvaluation() throws Exception {
    return evaluate(upload(ExampleBytes.fresh())).path("summary").path("id").asLong();
  }

  public static JsonNode json(MvcResult result) throws Exception {
    return JSON.readTree(result.getResponse().getContentAsByteArray());
  }
}
