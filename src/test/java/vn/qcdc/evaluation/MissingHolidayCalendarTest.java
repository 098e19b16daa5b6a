package vn.qcdc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qcdc.rulebase.RuleSetLoader;
import vn.qcdc.scenario.Scenario;
import vn.qcdc.scenario.ScenarioLoader;
import vn.qcdc.scenario.ScenarioResult;
import vn.qcdc.scenario.ScenarioRunner;

/** A working-day limit counted through a year that holidays.yaml does not list is flagged, not counted silently. */
class MissingHolidayCalendarTest {

  private static final ObjectMapper YAML = new YAMLMapper();

  @TempDir
  Path temp;

  @Test
  void aDeadlineInAYearWithoutCalendarWarnsThatTheCalendarIsMissing() throws Exception {
    Path rules = rulesWith2027(null);

    ScenarioResult result = run(rules, List.of("CONSTANT_NOT_REVIEWED_2026", "lịch nghỉ năm 2027 chưa có"));

    assertThat(result.differences()).isEmpty();
  }

  @Test
  void aDeadlineInAYearWithItsCalendarHasNoSuchWarning() throws Exception {
    Path rules = rulesWith2027("  2027:\n    - { date: 2027-01-01, name: \"Tết Dương lịch\" }\n");

    ScenarioResult result = run(rules, List.of("CONSTANT_NOT_REVIEWED_2026"));

    assertThat(result.differences()).isEmpty();
  }

  /** TC5.3: a denunciation received on 28/12/2026 whose 7 working days end in January 2027, evaluated in 2027. */
  private static ScenarioResult run(Path rules, List<String> warnings) throws Exception {
    JsonNode dossier = YAML.readTree("""
        period: { year: 2027 }
        denunciations:
          - { id: T1, receivedDate: 2026-12-28, anonymous: false, withinCompetence: true, extendedVerification: false,
              initialProcessingDate: 2027-01-05, complexity: NORMAL, extensions: [] }
        """);
    Scenario s = new Scenario("test", 1, "TC5.3 năm 2027", "TC5.3", Scenario.Kind.OTHER, dossier,
        new Scenario.Expectation(null, null, null, warnings, null, null, null, null, null, null));
    return new ScenarioRunner(new RuleSetLoader().load(rules), new ScenarioLoader().base(rules)).run(s);
  }

  /** A copy of the shipped rules whose calendar has the given 2027 block (none if null). */
  private Path rulesWith2027(String block) throws IOException {
    Path source = Path.of("rules");
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : walk.toList()) {
        Path target = temp.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Path holidays = temp.resolve("holidays.yaml");
    String text = Files.readString(holidays).replaceAll("(?s)\\n  2027:.*", "\n");
    Files.writeString(holidays, block == null ? text : text + block);
    return temp;
  }
}
