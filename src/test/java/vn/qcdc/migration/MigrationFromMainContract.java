package vn.qcdc.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qcdc.dossier.facts.Grade;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.EvaluationJson;
import vn.qcdc.ledger.LedgerVerifier;
import vn.qcdc.ledger.Verification;
import vn.qcdc.lifecycle.CommuneYear;
import vn.qcdc.lifecycle.Lifecycle;
import vn.qcdc.lifecycle.YearState;
import vn.qcdc.official.OfficialResults;
import vn.qcdc.official.ResultView;

/**
 * What must hold after a database created by main ({@link vn.qcdc.support.MainDatabase}) was migrated by this
 * version's Flyway migrations and started once: every evaluation reads back typed, every year that had evaluations
 * is evaluated (appraised where its official evaluation was appraised), and the ledger, with the new events chained,
 * still verifies against main's signed checkpoint.
 */
abstract class MigrationFromMainContract {

  /** An evaluation row as main stored it, with the figures stored beside the result. */
  record Row(long id, String commune, int year, BigDecimal total, String grade, String json) {}

  @Autowired JdbcClient jdbc;
  @Autowired LedgerVerifier verifier;
  @Autowired Lifecycle lifecycle;
  @Autowired OfficialResults results;

  @Test
  void everyEvaluationStoredByMainReadsBackAsTheTypedResultWithItsStoredFigures() {
    List<Row> rows = jdbc.sql("select id, commune_code, period_year, total, grade, result_json from evaluation order by id")
        .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4), rs.getString(5),
            rs.getString(6))).list();

    assertThat(rows).hasSize(38).allSatisfy(row -> {
      Evaluation typed = EvaluationJson.read(row.json());
      assertThat(typed.communeCode()).isEqualTo(row.commune());
      assertThat(typed.year()).isEqualTo(row.year());
      assertThat(typed.findings()).hasSize(40);
      assertThat(typed.total()).isEqualByComparingTo(row.total());
      assertThat(typed.grade().name()).isEqualTo(row.grade());
      assertThat(EvaluationJson.write(typed)).isEqualTo(EvaluationJson.write(EvaluationJson.read(row.json())));
    });
  }

  @Test
  void yearsWithEvaluationsAreEvaluatedAndAppraisedWhereTheirOfficialEvaluationWasAppraised() {
    CommuneYear chiMinh2025 = lifecycle.year("11095", 2025);
    CommuneYear hungDao2023 = lifecycle.year("11104", 2023);
    CommuneYear chiMinh2026 = lifecycle.year("11095", 2026);
    CommuneYear demo = lifecycle.year("90004", 2024);

    assertThat(chiMinh2025.state()).isEqualTo(YearState.APPRAISED);
    assertThat(chiMinh2025.officialEvaluationId()).contains(37L);
    assertThat(hungDao2023.state()).isEqualTo(YearState.APPRAISED);
    assertThat(hungDao2023.officialEvaluationId()).contains(36L);
    assertThat(chiMinh2026.state()).isEqualTo(YearState.EVALUATED);
    assertThat(chiMinh2026.officialEvaluationId()).contains(38L);
    assertThat(demo.state()).isEqualTo(YearState.EVALUATED);
    assertThat(lifecycle.years(null)).hasSize(37);
  }

  @Test
  void theOfficialResultsOfMigratedYearsApplyTheirAppraisalsAsMainComputedThem() {
    ResultView chiMinh = results.ofYear("11095", 2025).orElseThrow();
    ResultView hungDao = results.ofYear("11104", 2023).orElseThrow();

    assertThat(chiMinh.evaluation().id()).isEqualTo(37L);
    assertThat(chiMinh.result().total()).isEqualByComparingTo(storedAppraisedTotal(37)).isEqualByComparingTo("77.60");
    assertThat(chiMinh.result().grade()).isEqualTo(Grade.KHA);
    assertThat(chiMinh.rules().inForce()).isTrue();
    assertThat(hungDao.result().total()).isEqualByComparingTo(storedAppraisedTotal(36)).isEqualByComparingTo("70.63");
    assertThat(hungDao.result().grade()).isEqualTo(Grade.TRUNG_BINH);
    assertThat(hungDao.rules().inForce()).isFalse();
    assertThat(hungDao.rulesMark()).isEqualTo(ResultView.RulesMark.OLD_RULES);
  }

  @Test
  void nothingStoredBeforeIsChangedAndTheLedgerStillVerifiesWithTheNewEventsChained() {
    Verification v = verifier.verify();

    assertThat(v.intact()).as(String.valueOf(v.firstMismatch())).isTrue();
    assertThat(v.checkpoint().status()).isEqualTo("HELD");
    assertThat(count("select count(*) from ledger_entry where kind = 'YEAR_EVENT'"))
        .isEqualTo(count("select count(*) from commune_year_event")).isGreaterThan(38);
    assertThat(count("select count(*) from appraisal")).isEqualTo(2);
    assertThat(count("select count(*) from ledger_adoption")).isZero();
  }

  private BigDecimal storedAppraisedTotal(long evaluation) {
    return jdbc.sql("select appraised_total from appraisal where evaluation_id = ? order by id desc limit 1")
        .param(evaluation).query(BigDecimal.class).single();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
