package vn.qcdc.official;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.qcdc.commune.Commune;
import vn.qcdc.commune.CommuneLink;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.dossier.facts.UnitLevel;
import vn.qcdc.support.Api;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/** Only evaluations of one commune (and its predecessors) compare, the earlier first; the default pair. */
@ServiceTest
class ComparisonRulesTest {

  private static final AtomicInteger CODES = new AtomicInteger(43000);

  @Autowired MockMvc mvc;
  @Autowired CommuneRepository communes;

  @Test
  void evaluationsOfTwoCommunesThatAreNotMergedAreRefusedInVietnamese() throws Exception {
    long a = evaluated(commune());
    long b = evaluated(commune());

    mvc.perform(get("/api/evaluations/comparison?from={a}&to={b}", a, b).with(TestUsers.legal()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:different-communes"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("chỉ so sánh các lần đánh giá của cùng một xã")));
  }

  @Test
  void aPredecessorComparesWithItsSuccessor() throws Exception {
    String predecessor = commune();
    String successor = commune();
    communes.link(new CommuneLink(predecessor, successor, LocalDate.of(2025, 7, 1)));

    mvc.perform(get("/api/evaluations/comparison?from={a}&to={b}", evaluated(predecessor), evaluated(successor))
        .with(TestUsers.legal())).andExpect(status().isOk()).andExpect(jsonPath("$.cause").value("DOSSIER"));
  }

  @Test
  void theLaterFirstOrOneEvaluationWithItselfIsRefused() throws Exception {
    String code = commune();
    long first = evaluated(code);
    long second = evaluated(code);

    mvc.perform(get("/api/evaluations/comparison?from={a}&to={b}", second, first).with(TestUsers.legal()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:not-comparable"));
    mvc.perform(get("/api/evaluations/comparison?from={a}&to={a}", first, first).with(TestUsers.legal()))
        .andExpect(status().isUnprocessableEntity());
  }

  @Test
  void byDefaultTheTwoLatestOfficialEvaluationsOfTheLatestYearAreCompared() throws Exception {
    String code = commune();
    long first = evaluated(code);
    long second = evaluated(code);

    mvc.perform(get("/api/communes/{code}/comparison", code).with(TestUsers.auditor())).andExpect(status().isOk())
        .andExpect(jsonPath("$.from.id").value(first)).andExpect(jsonPath("$.to.id").value(second))
        .andExpect(jsonPath("$.to.official").value(true)).andExpect(jsonPath("$.from.official").value(false));
  }

  @Test
  void aCommuneWithOneResultHasNothingToCompare() throws Exception {
    String code = commune();
    evaluated(code);

    mvc.perform(get("/api/communes/{code}/comparison", code).with(TestUsers.auditor()))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value("urn:qcdc:problem:no-comparison"))
        .andExpect(jsonPath("$.title").value("Nothing to compare"))
        .andExpect(jsonPath("$.detail").value("Xã " + code + " chưa có hai kết quả chính thức để so sánh. (" + code
            + " has no two official results to compare.)"));
  }

  private String commune() {
    String code = String.valueOf(CODES.incrementAndGet());
    communes.insert(new Commune(code, "Xã " + code, "Hải Dương", UnitLevel.XA, false));
    return code;
  }

  private long evaluated(String code) throws Exception {
    Api api = new Api(mvc);
    return api.evaluate(api.upload(ExampleBytes.forCommune(code))).path("summary").path("id").asLong();
  }
}
