package vn.qcdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.support.SharedRules;

/** The streamed JSON the command line writes is the JSON tree's text, byte for byte. */
class PrettyJsonStreamTest {

  @ParameterizedTest
  @ValueSource(strings = {"chi-minh-2025.json", "chi-minh-2026.json", "hung-dao-2023.json"})
  void writesTheSameTextAsThePrettyPrintedTree(String example) throws Exception {
    RuleSet rules = SharedRules.get();
    Evaluation evaluation = new Evaluator().evaluate(rules, new DossierReader().read(Path.of("examples", example)));
    StringWriter streamed = new StringWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    PrettyJson.write(evaluation, streamed);
    PrettyJson.write(evaluation, bytes);

    assertThat(streamed.toString()).isEqualTo(PrettyJson.of(evaluation));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(streamed.toString());
  }
}
