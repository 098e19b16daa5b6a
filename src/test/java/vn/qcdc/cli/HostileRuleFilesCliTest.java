package vn.qcdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.qcdc.support.HostileRuleFiles;

/**
 * The auditor's command line refuses every hostile rule file of the corpus with its file and line (and the reason),
 * running nothing; a sample goes through every command that loads rules.
 */
class HostileRuleFilesCliTest {

  /** Every command loads rules through the same loader; these cases also go through test-rules and evaluate. */
  private static final Set<String> EVERY_COMMAND = Set.of("01-spel-expression.drl", "02-mvel-eval.drl",
      "21-condition-exec.drl", "24-endless-loop.drl", "26-endless-recursion.drl");

  static Stream<HostileRuleFiles.Case> corpus() {
    return HostileRuleFiles.all(Path.of(System.getProperty("java.io.tmpdir"), "qcdc-hostile-cli")).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyCommandExitsThreeNamingTheFileAndLine(HostileRuleFiles.Case hostile, @TempDir Path dir)
      throws IOException {
    Path rules = CliRun.copyOfRules(dir.resolve("rules"));
    Files.writeString(rules.resolve(hostile.file()), hostile.text());
    String where = hostile.file() + ":" + hostile.line() + ":";

    CliRun validate = CliRun.of("validate-rules", "--rules", rules.toString());

    assertThat(validate.exit()).isEqualTo(3);
    assertThat(validate.err().lines()).as(validate.err())
        .anyMatch(l -> l.startsWith(where) && l.contains(hostile.fragment()));
    if (EVERY_COMMAND.contains(hostile.name())) {
      for (CliRun run : new CliRun[] {CliRun.of("test-rules", "--rules", rules.toString()),
          CliRun.of("evaluate", "--rules", rules.toString(), "--dossier", "examples/chi-minh-2025.json")}) {
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains(where);
        assertThat(run.out()).doesNotContain("76.74");
      }
    }
    assertThat(hostile.marker()).doesNotExist();
  }

  @Test
  void aRuleThatFeedsItselfIsStoppedAndNamedWithItsFileAndLine(@TempDir Path dir) throws IOException {
    Path rules = CliRun.copyOfRules(dir.resolve("rules"));
    Files.writeString(rules.resolve("g4-tiep-cong-dan/tu-kich-hoat.drl"), HostileRuleFiles.SELF_FEEDING);

    CliRun scenarios = CliRun.of("test-rules", "--rules", rules.toString());
    CliRun evaluate = CliRun.of("evaluate", "--rules", rules.toString(), "--dossier", "examples/chi-minh-2025.json");

    for (CliRun run : new CliRun[] {scenarios, evaluate}) {
      assertThat(run.exit()).isEqualTo(3);
      assertThat(run.err()).contains("g4-tiep-cong-dan/tu-kich-hoat.drl:4: ").contains("các quy tắc đã thêm hơn");
    }
  }

  @Test
  void aSymbolicLinkToAFileOutsideTheFolderIsRefused(@TempDir Path dir) throws IOException {
    Path rules = CliRun.copyOfRules(dir.resolve("rules"));
    Path outside = Files.writeString(dir.resolve("ngoai.drl"), "package qcdc.outside;\n");
    Files.createSymbolicLink(rules.resolve("g4-tiep-cong-dan/lien-ket.drl"), outside);

    CliRun validate = CliRun.of("validate-rules", "--rules", rules.toString());

    assertThat(validate.exit()).isEqualTo(3);
    assertThat(validate.err()).contains("g4-tiep-cong-dan/lien-ket.drl: ").contains("liên kết tượng trưng không được phép");
  }
}
