package vn.qcdc.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.qcdc.rulebase.RuleSetLoader;

/** A scenario case may expect what a finding cites and what its explanation says, and fails when it does not. */
class CitationExpectationsTest {

  private static ScenarioRunner runner;
  private static JsonNode complaint;

  @BeforeAll
  static void loadTheShippedRules() throws Exception {
    Path rules = Path.of("rules");
    runner = new ScenarioRunner(new RuleSetLoader().load(rules), new ScenarioLoader().base(rules));
    complaint = ScenarioLoader.YAML.readTree("""
        complaints:
          - { id: K1, receivedDate: 2025-02-18, withinCompetence: true, acceptedDate: 2025-03-03, complexity: NORMAL }
        """);
  }

  @Test
  void aCaseWhoseFindingCitesAndSaysWhatItExpectsPasses() {
    ScenarioResult result = runner.run(tc51(List.of("Luật Khiếu nại 02/2011/QH13"), List.of("Nghị định 999/2099"),
        List.of("K1: thụ lý hoặc từ chối thụ lý khiếu nại hạn 28/02/2025")));

    assertThat(result.differences()).isEmpty();
  }

  @Test
  void aCaseFailsWithEachTextItMissesOrShouldNotFind() {
    ScenarioResult result = runner.run(tc51(List.of("Nghị định 999/2099"), List.of("Luật Khiếu nại 02/2011/QH13"),
        List.of("hạn 99 ngày")));

    List<String> english = result.differences().stream().map(d -> d.in(Locale.ENGLISH)).toList();
    List<String> vietnamese = result.differences().stream().map(Object::toString).toList();

    assertThat(english).anySatisfy(d -> assertThat(d)
            .startsWith("TC5.1 legal basis: expected to contain \"Nghị định 999/2099\", got \"Điều 27"))
        .anySatisfy(d -> assertThat(d).startsWith("TC5.1 legal basis: expected not to contain \"Luật Khiếu nại"))
        .anySatisfy(d -> assertThat(d).startsWith("TC5.1 sentences: expected to contain \"hạn 99 ngày\""));
    assertThat(vietnamese).anySatisfy(d -> assertThat(d)
            .startsWith("TC5.1 — căn cứ pháp lý: phải có “Nghị định 999/2099”, thực tế “Điều 27"))
        .anySatisfy(d -> assertThat(d).startsWith("TC5.1 — căn cứ pháp lý: không được có “Luật Khiếu nại"))
        .anySatisfy(d -> assertThat(d).startsWith("TC5.1 — lời giải thích: phải có “hạn 99 ngày”"));
  }

  private static Scenario tc51(List<String> cites, List<String> doesNotCite, List<String> says) {
    return new Scenario("test", 1, "TC5.1 citations", "TC5.1", Scenario.Kind.OTHER, complaint,
        new Scenario.Expectation(null, null, null, null, null, null, null, cites, doesNotCite, says));
  }
}
