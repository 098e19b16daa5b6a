package vn.qcdc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.qcdc.commune.Commune;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.dossier.Hashes;
import vn.qcdc.dossier.facts.UnitLevel;
import vn.qcdc.intake.DossierRepository;
import vn.qcdc.intake.StoredDossier;
import vn.qcdc.support.Api;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/** Every endpoint, every role: the allowed roles succeed, the others get 403, nobody signed in gets 401. */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

  private static final AtomicInteger FRESH = new AtomicInteger(80000);
  private static final Set<Role> READERS = EnumSet.of(Role.AUDITOR, Role.LEGAL, Role.CHAIRMAN);

  @Autowired MockMvc mvc;
  @Autowired CommuneRepository communes;
  @Autowired DossierRepository dossiers;

  long dossier;
  long evaluation;
  long later;
  String comparable;

  @BeforeAll
  void storeTwoEvaluations() throws Exception {
    Api api = new Api(mvc);
    dossier = api.upload(ExampleBytes.fresh());
    evaluation = api.evaluate(dossier).path("summary").path("id").asLong();
    later = api.freshEvaluation();
    comparable = freshYear(true);
    api.evaluate(api.upload(ExampleBytes.forCommune(comparable)));
  }

  List<Endpoint> endpoints() {
    return List.of(
        new Endpoint("GET /api/communes", () -> get("/api/communes"), EnumSet.allOf(Role.class), 200),
        new Endpoint("GET /api/communes/{code}", () -> get("/api/communes/11095"), EnumSet.allOf(Role.class), 200),
        new Endpoint("POST /api/communes", () -> json(post("/api/communes"), commune(freshCode())),
            EnumSet.of(Role.ADMIN), 201),
        new Endpoint("PUT /api/communes/{code}", () -> json(put("/api/communes/11096"),
            "{\"code\":\"11096\",\"name\":\"Xã khác\",\"province\":\"Hải Dương\",\"level\":\"XA\"}"),
            EnumSet.of(Role.ADMIN), 200),
        new Endpoint("POST /api/communes/{code}/predecessors", this::freshLink, EnumSet.of(Role.ADMIN), 201),
        new Endpoint("GET /api/communes/{code}/history", () -> get("/api/communes/11095/history"), READERS, 200),
        new Endpoint("GET /api/users", () -> get("/api/users"), EnumSet.of(Role.ADMIN), 200),
        new Endpoint("POST /api/users", () -> json(post("/api/users"), "{\"username\":\"user" + FRESH.incrementAndGet()
            + "\",\"password\":\"long-enough-password\",\"role\":\"LEGAL\"}"), EnumSet.of(Role.ADMIN), 201),
        new Endpoint("GET /api/rule-set", () -> get("/api/rule-set"), EnumSet.of(Role.LEGAL, Role.AUDITOR), 200),
        new Endpoint("GET /api/rule-set/criteria", () -> get("/api/rule-set/criteria"),
            EnumSet.of(Role.LEGAL, Role.AUDITOR), 200),
        new Endpoint("POST /api/dossiers", () -> post("/api/dossiers").contentType(MediaType.APPLICATION_JSON)
            .content(ExampleBytes.fresh()), EnumSet.of(Role.AUDITOR), 201),
        new Endpoint("GET /api/dossiers", () -> get("/api/dossiers"), EnumSet.of(Role.AUDITOR, Role.LEGAL), 200),
        new Endpoint("GET /api/dossiers/{id}", () -> get("/api/dossiers/" + dossier),
            EnumSet.of(Role.AUDITOR, Role.LEGAL), 200),
        new Endpoint("GET /api/dossiers/{id}/content", () -> get("/api/dossiers/" + dossier + "/content"),
            EnumSet.of(Role.AUDITOR, Role.LEGAL), 200),
        new Endpoint("POST /api/dossiers/{id}/evaluations", this::freshEvaluation, EnumSet.of(Role.AUDITOR), 201),
        new Endpoint("GET /api/evaluations", () -> get("/api/evaluations?commune=11095"), READERS, 200),
        new Endpoint("GET /api/evaluations/{id}", () -> get("/api/evaluations/" + evaluation), READERS, 200),
        new Endpoint("GET /api/evaluations/comparison", () -> get("/api/evaluations/comparison?from=" + evaluation
            + "&to=" + later), READERS, 200),
        new Endpoint("GET /api/communes/{code}/comparison", () -> get("/api/communes/" + comparable + "/comparison"),
            EnumSet.of(Role.AUDITOR, Role.LEGAL), 200),
        new Endpoint("GET /api/communes/{code}/years", () -> get("/api/communes/11095/years"), READERS, 200),
        new Endpoint("GET /api/communes/{code}/years/{year}", () -> get("/api/communes/11095/years/2025"), READERS,
            200),
        new Endpoint("POST /api/communes/{code}/years/{year}/submission", () -> post("/api/communes/"
            + freshYear(false) + "/years/2025/submission"), EnumSet.of(Role.AUDITOR), 201),
        new Endpoint("POST /api/communes/{code}/years/{year}/sign-off", () -> post("/api/communes/"
            + freshYear(true) + "/years/2025/sign-off"), EnumSet.of(Role.AUDITOR), 201),
        new Endpoint("POST /api/communes/{code}/years/{year}/reopening", () -> json(post("/api/communes/"
            + freshSignedOffYear() + "/years/2025/reopening"), "{\"reason\":\"Xem lại theo yêu cầu của tỉnh\"}"),
            EnumSet.of(Role.AUDITOR, Role.ADMIN), 201),
        new Endpoint("POST /api/evaluations/{id}/appraisals", () -> json(post("/api/evaluations/"
            + freshOfficialEvaluation() + "/appraisals"), "{\"criterion\":\"TC4.2\",\"points\":2,\"reason\":"
            + "\"Kiểm tra lại sổ\"}"), EnumSet.of(Role.AUDITOR), 201),
        new Endpoint("POST /api/evaluations/{id}/reevaluations (same rule set: 409)",
            () -> post("/api/evaluations/" + evaluation + "/reevaluations"), EnumSet.of(Role.AUDITOR), 409),
        new Endpoint("GET /api/reevaluations", () -> get("/api/reevaluations"), EnumSet.of(Role.LEGAL, Role.AUDITOR),
            200),
        new Endpoint("POST /api/reevaluations", () -> post("/api/reevaluations"), EnumSet.of(Role.LEGAL, Role.AUDITOR),
            202),
        new Endpoint("GET /api/ledger/verification", () -> get("/api/ledger/verification"),
            EnumSet.of(Role.AUDITOR, Role.LEGAL, Role.ADMIN), 200));
  }

  Stream<Arguments> everyEndpointAndRole() {
    List<Arguments> cases = new ArrayList<>();
    for (Endpoint e : endpoints()) {
      for (Role role : Role.values()) {
        cases.add(Arguments.of(e, role));
      }
    }
    return cases.stream();
  }

  Stream<Endpoint> everyEndpoint() {
    return endpoints().stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("everyEndpointAndRole")
  void allowedRolesSucceedAndOthersAreForbidden(Endpoint endpoint, Role role) throws Exception {
    int status = mvc.perform(endpoint.request().get().with(as(role))).andReturn().getResponse().getStatus();

    assertThat(status).isEqualTo(endpoint.allowed().contains(role) ? endpoint.success() : 403);
  }

  @ParameterizedTest(name = "{0} anonymously")
  @MethodSource("everyEndpoint")
  void nobodySignedInGets401(Endpoint endpoint) throws Exception {
    var response = mvc.perform(endpoint.request().get()).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
  }

  private MockHttpServletRequestBuilder freshEvaluation() {
    try {
      return post("/api/dossiers/" + new Api(mvc).upload(ExampleBytes.fresh()) + "/evaluations");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A commune of its own with a 2025 dossier: stored behind the API as a draft to submit, or uploaded (so submitted)
   * and evaluated, ready to be signed off.
   */
  private String freshYear(boolean evaluated) {
    String code = freshCode();
    communes.insert(new Commune(code, "Xã " + code, "Hải Dương", UnitLevel.XA, false));
    try {
      byte[] bytes = ExampleBytes.forCommune(code);
      if (evaluated) {
        new Api(mvc).evaluate(new Api(mvc).upload(bytes));
      } else {
        dossiers.insert(new StoredDossier(0, code, 2025, 1, null, Hashes.sha256(bytes), bytes.length, "biểu mẫu",
            "officer", java.time.Instant.now()), bytes);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return code;
  }

  private String freshSignedOffYear() {
    String code = freshYear(true);
    try {
      mvc.perform(post("/api/communes/" + code + "/years/2025/sign-off").with(TestUsers.auditor()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return code;
  }

  /** The official evaluation of a fresh upload (an appraisal is of the year's official evaluation only). */
  private long freshOfficialEvaluation() {
    try {
      return new Api(mvc).freshEvaluation();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private MockHttpServletRequestBuilder freshLink() {
    String successor = freshCode();
    String predecessor = freshCode();
    communes.insert(new Commune(successor, "Sau sáp nhập", "Hải Dương", UnitLevel.XA, false));
    communes.insert(new Commune(predecessor, "Trước sáp nhập", "Hải Dương", UnitLevel.XA, false));
    return json(post("/api/communes/" + successor + "/predecessors"),
        "{\"predecessorCode\":\"" + predecessor + "\",\"effectiveDate\":\"2025-07-01\"}");
  }

  private static String freshCode() {
    return String.valueOf(FRESH.incrementAndGet());
  }

  private static String commune(String code) {
    return "{\"code\":\"" + code + "\",\"name\":\"Xã mới\",\"province\":\"Hải Dương\",\"level\":\"XA\"}";
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  private static RequestPostProcessor as(Role role) {
    return switch (role) {
      case AUDITOR -> TestUsers.auditor();
      case LEGAL -> TestUsers.legal();
      case CHAIRMAN -> TestUsers.chairman();
      case OFFICER -> TestUsers.officer();
      case ADMIN -> TestUsers.admin();
    };
  }
}
