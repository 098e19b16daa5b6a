package vn.qcdc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.qcdc.dossier.facts.Grade;
import vn.qcdc.support.Examples;

/** Appraised points are regraded from the typed result alone, by the engine's own arithmetic. */
class RegradingTest {

  private final Evaluation chiMinh = Examples.evaluated("chi-minh-2025");

  @Test
  void withoutAppraisalTheRegradedResultIsTheEngines() {
    Regrading.Regraded same = Regrading.regrade(chiMinh, Map.of(), chiMinh.gradeBands());

    assertThat(same.groups()).isEqualTo(chiMinh.groups());
    assertThat(same.total()).isEqualTo(chiMinh.total());
    assertThat(same.grade()).isEqualTo(chiMinh.grade());
  }

  @Test
  void anAppraisedCriterionMovesItsGroupAndTheTotalButNotTheAdjustments() {
    Regrading.Regraded appraised = Regrading.regrade(chiMinh, Map.of("TC4.1", new BigDecimal("3")),
        chiMinh.gradeBands());

    assertThat(appraised.groups().get(3).points()).isEqualByComparingTo("4.83");
    assertThat(appraised.groupSum()).isEqualByComparingTo("80.74");
    assertThat(appraised.adjustments()).isEqualTo(chiMinh.adjustments());
    assertThat(appraised.total()).isEqualByComparingTo("77.74");
    assertThat(appraised.grade()).isEqualTo(Grade.KHA);
  }

  @Test
  void aGradeCapOfTheEngineStillCapsTheAppraisedTotal() {
    Map<String, BigDecimal> everyMaximum = chiMinh.findings().stream()
        .collect(Collectors.toMap(Finding::criterion, Finding::maxPoints));

    Regrading.Regraded full = Regrading.regrade(chiMinh, everyMaximum, chiMinh.gradeBands());

    assertThat(full.total()).isEqualByComparingTo("97.00");
    assertThat(full.bandGrade()).isEqualTo(Grade.TOT);
    assertThat(full.grade()).isEqualTo(Grade.KHA);
  }

  @Test
  void aCriterionTheResultDoesNotHaveIsRefused() {
    assertThatThrownBy(() -> Regrading.regrade(chiMinh, Map.of("TC99.9", BigDecimal.ONE), chiMinh.gradeBands()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TC99.9");
  }
}
