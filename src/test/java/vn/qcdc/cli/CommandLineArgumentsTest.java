package vn.qcdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help, bad arguments and unreadable files; none of these needs the rules to be compiled. */
class CommandLineArgumentsTest {

  @ParameterizedTest(name = "{0} --help")
  @ValueSource(strings = {"evaluate", "validate-rules", "test-rules"})
  void helpListsTheOptionsInEnglishWithAVietnameseHint(String command) {
    CliRun result = CliRun.of(command, "--help");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("Usage:", command, "--rules=DIR", "thư mục bộ quy tắc", "--help",
        "xem hướng dẫn", "Exit codes (mã thoát)");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void evaluateHelpNamesTheDossierAndTheFormats() {
    CliRun result = CliRun.of("evaluate", "--help");

    assertThat(result.out()).contains("--dossier=FILE", "hồ sơ minh chứng", "--format=FORMAT", "json, text");
  }

  @Test
  void onlyNoArgumentsOrSpringOptionsStartTheService() {
    assertThat(Cli.startsService(new String[0])).isTrue();
    assertThat(Cli.startsService(new String[] {"--server.port=18080", "--qcdc.demo.enabled=false"})).isTrue();

    assertThat(Cli.startsService(new String[] {"evaluate", "--dossier", "x.json"})).isFalse();
    assertThat(Cli.startsService(new String[] {"--help"})).isFalse();
    assertThat(Cli.startsService(new String[] {"-h"})).isFalse();
    assertThat(Cli.startsService(new String[] {"help"})).isFalse();
    assertThat(Cli.startsService(new String[] {"evaluat"})).isFalse();
    assertThat(Cli.startsService(new String[] {"--server.port=18080", "serve"})).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"--help", "-h", "help"})
  void helpListsTheCommandsAndHowToStartTheServiceAndExitsZero(String help) {
    CliRun result = CliRun.of(help);

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("Usage:", "evaluate", "validate-rules", "test-rules",
        "Without a command the jar starts the web service", "mvn spring-boot:run", "--qcdc.security.allow-root=true");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void helpOfACommandThroughTheHelpCommand() {
    CliRun result = CliRun.of("help", "evaluate");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("--dossier=FILE");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"evaluat", "serve", "--server.port"})
  void anUnknownCommandPrintsTheUsageOnStderrAndExitsTwo(String unknown) {
    CliRun result = CliRun.of(unknown);

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains(unknown, "Usage:", "evaluate", "validate-rules", "test-rules");
  }

  @Test
  void aMissingRequiredOptionExitsOne() {
    CliRun result = CliRun.of("evaluate");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("Missing required option: '--dossier=FILE'", "evaluate --help");
  }

  @Test
  void anUnknownFormatExitsOne() {
    CliRun result = CliRun.of("evaluate", "--dossier", EvaluateCommandTest.EXAMPLE, "--format", "xml");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).contains("--format", "xml");
  }

  @Test
  void anUnknownOptionExitsOne() {
    CliRun result = CliRun.of("validate-rules", "--rulez", "rules");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).contains("--rulez");
  }

  @Test
  void aDossierThatCannotBeReadExitsOne(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");

    CliRun result = CliRun.of("evaluate", "--dossier", missing.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains(missing + ": cannot read the dossier: no such file");
  }

  @Test
  void aFolderGivenAsDossierWithoutAnOutputFolderExitsOne(@TempDir Path dir) {
    CliRun result = CliRun.of("evaluate", "--dossier", dir.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("give --out DIR");
  }
}
