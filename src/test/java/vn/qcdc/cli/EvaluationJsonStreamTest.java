package vn.qcdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.support.SharedRules;

/** The streamed JSON the command line writes is the JSON tree's text, byte for byte. */
class EvaluationJsonStreamTest {

  @ParameterizedTest
  @ValueSource(strings = {"chi-minh-2025.json", "chi-minh-2026.json", "hung-dao-2023.json"})
  void writesTheSameTextAsThePrettyPrintedTree(String example) throws Exception {
    RuleSet rules = SharedRules.get();
    Evaluation evaluation = new Evaluator().evaluate(rules, new DossierReader().read(Path.of("examples", example)));
    StringWriter streamed = new StringWriter();

    EvaluationJson.write(evaluation, rules, streamed);

    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    EvaluationJson.write(evaluation, rules, bytes);

    assertThat(streamed.toString()).isEqualTo(EvaluationJson.toPrettyString(evaluation, rules));
    assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(streamed.toString());
  }
}
