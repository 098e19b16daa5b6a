package vn.qcdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code test-rules} on the shipped scenarios and on a copy with a wrong expectation. */
class TestRulesCommandTest {

  @Test
  void theShippedScenariosPassAndTheSummaryLineCountsThem() {
    CliRun result = CliRun.of("test-rules", "--rules", "rules");

    List<String> lines = result.out().lines().toList();
    assertThat(result.exit()).as(result.out() + result.err()).isZero();
    assertThat(lines).last().asString().matches("[1-9]\\d* passed, 0 failed");
    assertThat(lines.subList(0, lines.size() - 1))
        .allMatch(l -> l.matches("✓ \\S+scenarios\\.yaml:\\d+ .+"));
  }

  @Test
  void aWrongExpectationExitsOneAndPrintsTheDifference(@TempDir Path dir) throws IOException {
    Path rules = CliRun.copyOfRules(dir.resolve("rules"));
    Path scenarios = rules.resolve("g5-khieu-nai-to-cao/scenarios.yaml");
    onlyScenariosOf(rules, scenarios);
    Files.writeString(scenarios, """

          - name: "CLI test: TC5.1 without complaints expected at 1 point on purpose"
            criterion: TC5.1
            dossier:
              complaints: []
            expect: { state: NOT_APPLICABLE, points: 1 }
        """, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    int line = Files.readAllLines(scenarios).size() - 4;

    CliRun result = CliRun.of("test-rules", "--rules", rules.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out())
        .containsPattern("(?m)^" + Pattern.quote("✗ g5-khieu-nai-to-cao/scenarios.yaml:" + line
            + " CLI test: TC5.1 without complaints expected at 1 point on purpose") + "\\R"
            + Pattern.quote("    TC5.1 — điểm: kỳ vọng 1, thực tế 2") + "$")
        .containsPattern("(?m)^[1-9]\\d* passed, 1 failed$");
  }

  /** Keeps one scenario file, so that the case count does not depend on work in progress in other groups. */
  private static void onlyScenariosOf(Path rules, Path kept) throws IOException {
    try (Stream<Path> walk = Files.walk(rules)) {
      for (Path p : walk.filter(p -> p.getFileName().toString().equals("scenarios.yaml")).toList()) {
        if (!p.equals(kept)) {
          Files.delete(p);
        }
      }
    }
  }
}
