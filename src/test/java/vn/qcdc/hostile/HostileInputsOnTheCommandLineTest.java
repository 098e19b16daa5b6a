package vn.qcdc.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.qcdc.cli.Cli;

/** {@code evaluate --dossier FILE} ends every hostile file with exit 2 and its own message, never a stack trace. */
class HostileInputsOnTheCommandLineTest {

  @TempDir Path folder;

  static Stream<Hostile> corpus() {
    return HostileCorpus.all();
  }

  @Test
  void theCorpusHoldsAtLeastSixtyDossiersAndTwentyWorkbooksEachNamedOnce() {
    assertThat(HostileCorpus.dossiers()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(HostileCorpus.workbooks()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(HostileCorpus.all().map(Hostile::name)).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isRefusedWithExitTwoAndItsMessage(Hostile hostile) throws Exception {
    Path file = Files.write(folder.resolve(hostile.fileName()), hostile.bytes());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = Cli.run(new String[] {"evaluate", "--dossier", file.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    String stderr = err.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(stderr).isEqualTo(2);
    assertThat(stderr).contains(hostile.expected()).doesNotContain("\tat ").doesNotContain("Exception")
        .doesNotContain("\u001b");
    assertThat(out.size()).as("nothing on stdout").isZero();
  }
}
