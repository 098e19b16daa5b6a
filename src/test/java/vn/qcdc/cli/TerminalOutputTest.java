package vn.qcdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.dossier.facts.Grade;
import vn.qcdc.evaluation.Evaluation;

/**
 * A commune name with escape codes (clear the screen, print a green "100/100 TỐT") and a bidi override: the text
 * table prints its letters only, the JSON keeps every character but escaped, and nothing on stdout or stderr can
 * drive the terminal.
 */
class TerminalOutputTest {

  static final String HOSTILE_NAME = "Chí Minh\u001b[2J\u001b[H\u001b[1;32m100/100 TỐT\u001b[0m\u202e\u009b";

  static final Evaluation HOSTILE = new Evaluation("11095", HOSTILE_NAME, 2025, "a".repeat(64),
      "reference-2025\u001b[8m", "b".repeat(64), List.of(), List.of(), List.of(), new BigDecimal("12.00"),
      new BigDecimal("100.00"), Grade.YEU, Grade.YEU, List.of(),
      List.of(new DossierProblem("$.commune.name", "tên\u001b]0;pwned\u0007 lạ")), List.of());

  @Test
  void theTextTablePrintsTheNameWithoutItsControlCharacters() {
    String text = EvaluationText.render(HOSTILE);

    assertThat(nonPrintables(text)).isEmpty();
    assertThat(text).contains("Xã: Chí Minh[2J[H[1;32m100/100 TỐT[0m (mã 11095)", "reference-2025[8m",
        "$.commune.name: tên]0;pwned lạ");
  }

  @Test
  void theJsonKeepsTheNameButWritesItsControlCharactersAsEscapes() throws IOException {
    String json = PrettyJson.of(HOSTILE);

    assertThat(nonPrintables(json)).isEmpty();
    assertThat(json).contains("\\u001B[2J", "\\u202E", "\\u009B");
    assertThat(EvaluateCommandTest.JSON.readTree(json).at("/commune/name").asText()).isEqualTo(HOSTILE_NAME);
  }

  /** Whether the dossier is accepted or refused, what reaches the terminal is clean. */
  @Test
  void evaluateAsTextPrintsNoControlCharacterOnStdoutOrStderr(@TempDir Path dir) throws IOException {
    Path dossier = hostileDossier(dir);

    CliRun run = CliRun.of("evaluate", "--dossier", dossier.toString(), "--format", "text");

    assertThat(run.out() + run.err()).isNotEmpty();
    assertThat(nonPrintables(run.out())).isEmpty();
    assertThat(nonPrintables(run.err())).isEmpty();
  }

  @Test
  void problemsAboutADossierArePrintedWithoutItsControlCharacters(@TempDir Path dir) throws IOException {
    Path dossier = dir.resolve("bad.json");
    Files.writeString(dossier, "{\"formatVersion\": \"1.0\\u001b[2J\\u202e\", \"x\\u001b[31m\": 1}");

    CliRun run = CliRun.of("evaluate", "--dossier", dossier.toString(), "--format", "text");

    assertThat(run.exit()).isEqualTo(ExitCode.INVALID_DOSSIER);
    assertThat(run.err()).contains("$.formatVersion").contains("U+001B");
    assertThat(nonPrintables(run.err())).isEmpty();
  }

  @Test
  void ruleSetTextIsPrintedWithoutItsControlCharacters(@TempDir Path dir) throws IOException {
    Path rules = CliRun.copyOfRules(dir.resolve("rules"));
    Path profile = rules.resolve("profile.yaml");
    String hostile = "version: \"1.0\\e[2J\\u202e\"";
    Files.writeString(profile, Files.readString(profile).replace("version: \"1.0\"", hostile));

    CliRun run = CliRun.of("validate-rules", "--rules", rules.toString());

    assertThat(run.out() + run.err()).contains("1.0[2J");
    assertThat(nonPrintables(run.out())).isEmpty();
    assertThat(nonPrintables(run.err())).isEmpty();
  }

  /** The code points of the text that a terminal could act on (all but newline and tab are refused). */
  static List<String> nonPrintables(String text) {
    return text.codePoints().filter(cp -> cp != '\n' && cp != '\t' && !TerminalText.printable(cp))
        .mapToObj(cp -> String.format("U+%04X", cp)).toList();
  }

  private static Path hostileDossier(Path dir) throws IOException {
    ObjectNode json = (ObjectNode) EvaluateCommandTest.JSON.readTree(Path.of(EvaluateCommandTest.EXAMPLE).toFile());
    ((ObjectNode) json.get("commune")).put("name", HOSTILE_NAME);
    Path dossier = dir.resolve("hostile.json");
    EvaluateCommandTest.JSON.writeValue(dossier.toFile(), json);
    return dossier;
  }
}
