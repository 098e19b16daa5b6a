package vn.qcdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.qcdc.evaluation.EvaluationJson;
import vn.qcdc.support.Examples;
import vn.qcdc.support.Golden;

/**
 * The JSON that {@code evaluate} prints keeps every field it had, byte for byte: the files under contract/ are what the
 * command line of main (commit 5649c5e, the typed result not yet moved out of it) printed for the two examples with
 * this rules folder. The fields added since (parts' notes, adjustments' titles, the grade bands) come last in their
 * objects; without them the output is the same text. After a change of the rules folder, print the examples again with main's jar
 * ({@code java -jar … evaluate --dossier examples/NAME.json | xz -9 > src/test/resources/contract/NAME.main.json.xz}).
 */
class JsonContractTest {

  @ParameterizedTest
  @ValueSource(strings = {"chi-minh-2025", "hung-dao-2023"})
  void everyFieldOfTheFirstContractPrintsByteForByteAsOnMain(String example) {
    String main = Golden.text("/contract/" + example + ".main.json.xz").stripTrailing();

    ObjectNode now = EvaluationJson.toJson(Examples.evaluated(example));

    assertThat(PrettyJson.of(withoutAddedFields(now))).isEqualTo(main);
  }

  @ParameterizedTest
  @ValueSource(strings = {"chi-minh-2025", "hung-dao-2023"})
  void theAddedFieldsCarryWhatReportsAndAppraisalsNeedWithoutTheRuleSet(String example) {
    ObjectNode now = EvaluationJson.toJson(Examples.evaluated(example));

    assertThat(now.get("gradeBands")).hasSize(4);
    assertThat(now.get("adjustments")).allSatisfy(a -> assertThat(a.at("/title/vi").asText()).isNotBlank());
    assertThat(now.get("findings")).allSatisfy(f -> assertThat(f.get("parts"))
        .allSatisfy(p -> assertThat(p.has("note")).isTrue()));
  }

  private static JsonNode withoutAddedFields(ObjectNode tree) {
    ObjectNode copy = tree.deepCopy();
    copy.remove("gradeBands");
    copy.get("findings").forEach(f -> f.get("parts").forEach(p -> ((ObjectNode) p).remove("note")));
    copy.get("adjustments").forEach(a -> ((ObjectNode) a).remove("title"));
    return copy;
  }
}
