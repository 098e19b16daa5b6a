package vn.qcdc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.Examples;
import vn.qcdc.support.Golden;

/** A result written as JSON reads back as the same typed object, and a result written by main reads back too. */
class EvaluationJsonTest {

  @ParameterizedTest
  @ValueSource(strings = {"chi-minh-2025", "hung-dao-2023"})
  void aStoredResultReadsBackEqualToWhatTheEngineProduced(String example) {
    Evaluation engine = Examples.evaluated(example);

    Evaluation stored = EvaluationJson.read(EvaluationJson.write(engine));

    assertThat(stored).isEqualTo(engine);
  }

  @ParameterizedTest
  @ValueSource(strings = {"chi-minh-2025", "hung-dao-2023"})
  void aResultWrittenByMainReadsBackWithEverythingItHeld(String example) {
    Evaluation engine = Examples.evaluated(example);

    Evaluation old = EvaluationJson.read(Golden.text("/contract/" + example + ".main.json.xz"));

    assertThat(old).isEqualTo(withoutWhatMainDidNotKeep(engine));
    assertThat(old.findings()).hasSize(40);
    assertThat(old.finding("TC5.1").parts().get(0).checks()).isNotEmpty();
  }

  @Test
  void aPartsNoteIsKeptSoThatAReportNeedNotCutTheExplanationApart() throws Exception {
    ObjectNode dossier = (ObjectNode) new ObjectMapper().readTree(ExampleBytes.example());
    dossier.remove("complaints");
    Evaluation engine = Examples.evaluate(new ObjectMapper().writeValueAsBytes(dossier));

    Evaluation stored = EvaluationJson.read(EvaluationJson.write(engine));

    PartResult part = stored.finding("TC5.1").parts().get(0);
    assertThat(part.state()).isEqualTo(State.MISSING_EVIDENCE);
    assertThat(part.note().vi()).startsWith("Hồ sơ không báo cáo mục");
    assertThat(PartExplanation.lines(part)).extracting(t -> t.vi()).containsExactly(part.note().vi());
  }

  @Test
  void textThatIsNotAResultIsRefusedAsSuch() {
    assertThatThrownBy(() -> EvaluationJson.read("{\"commune\": {}}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no field 'year'");
  }

  private static Evaluation withoutWhatMainDidNotKeep(Evaluation e) {
    List<Finding> findings = e.findings().stream().map(f -> new Finding(f.criterion(), f.group(), f.title(), f.state(),
        f.points(), f.maxPoints(), f.parts().stream().map(p -> new PartResult(p.id(), p.state(), p.points(),
            p.maxPoints(), p.applicable(), p.compliant(), p.checks(), null)).toList(), f.facts(), f.warnings(),
        f.legalBasis(), f.explanation(), f.legalBases())).toList();
    List<AdjustmentResult> adjustments = e.adjustments().stream().map(a -> new AdjustmentResult(a.id(), a.kind(), null,
        a.fired(), a.points(), a.gradeCap(), a.records(), a.reason(), a.legalBasis(), a.legalBases())).toList();
    return new Evaluation(e.communeCode(), e.communeName(), e.year(), e.ruleSetHash(), e.profileId(), e.dossierHash(),
        e.groups(), findings, adjustments, e.total(), e.maxTotal(), e.bandGrade(), e.grade(), e.selfScores(),
        e.dossierWarnings(), List.of());
  }
}
