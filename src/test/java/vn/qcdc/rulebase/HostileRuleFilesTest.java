package vn.qcdc.rulebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.qcdc.support.HostileRuleFiles;

/** Every hostile rule file of the corpus is refused by the loader at its own file and line, before any compilation. */
class HostileRuleFilesTest {

  @TempDir
  static Path markers;

  static Stream<HostileRuleFiles.Case> corpus() {
    return HostileRuleFiles.all(Path.of(System.getProperty("java.io.tmpdir"), "qcdc-hostile-markers")).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void refusesTheFileAtItsLine(HostileRuleFiles.Case hostile, @TempDir Path temp) {
    RulesFolder rules = RulesFolder.copyOfShipped(temp).write(hostile.file(), hostile.text());

    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
        () -> new RuleSetLoader().load(rules.root));

    assertThat(e).as("refused").isNotNull();
    List<RuleSetProblem> mine = e.problems().stream().filter(p -> p.file().equals(hostile.file())).toList();
    assertThat(mine).as("problems of %s: %s", hostile.file(), e.problems())
        .anySatisfy(p -> {
          assertThat(p.line()).isEqualTo(hostile.line());
          assertThat(p.message()).contains(hostile.fragment());
        });
    assertThat(hostile.marker()).doesNotExist();
  }
}
