package vn.qcdc.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.qcdc.assessment.EvaluationRepository;
import vn.qcdc.commune.Commune;
import vn.qcdc.commune.CommuneLink;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.dossier.facts.UnitLevel;
import vn.qcdc.intake.DossierRepository;
import vn.qcdc.intake.StoredDossier;
import vn.qcdc.ledger.LedgerVerifier;

/**
 * What the storage must do on every supported database; run on H2 ({@code H2StorageTest}) and on PostgreSQL
 * ({@code PostgresStorageTest}) with the same Flyway migrations.
 */
public abstract class StorageContract {

  @Autowired protected MockMvc mvc;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected CommuneRepository communes;
  @Autowired protected DossierRepository dossiers;
  @Autowired protected EvaluationRepository evaluations;
  @Autowired protected LedgerVerifier verifier;

  @Test
  void theMigrationsRanSuccessfully() {
    assertThat(jdbc.sql("select count(*) from flyway_schema_history where success = true and version = '1'")
        .query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void aDossierOfSeveralMegabytesComesBackByteForByte() throws Exception {
    byte[] example = ExampleBytes.fresh();
    byte[] padded = Arrays.copyOf(example, example.length + 3_000_000);
    Arrays.fill(padded, example.length, padded.length, (byte) '\n');

    long id = new Api(mvc).upload(padded);

    assertThat(dossiers.content(id)).hasValue(padded);
    assertThat(mvc.perform(get("/api/dossiers/{id}/content", id).with(TestUsers.legal())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray()).isEqualTo(padded);
  }

  @Test
  void theDatabaseRefusesTwoVersionsOfOneNumberButKeepsContentThatReturnsInALaterVersion() {
    StoredDossier row = new StoredDossier(0, TestUsers.CHI_MINH, 2019, 1, null, "ab".repeat(32), 2, "test", "test",
        Instant.now().truncatedTo(ChronoUnit.MILLIS));
    long first = dossiers.insert(row, new byte[] {'{', '}'});

    assertThatThrownBy(() -> dossiers.insert(new StoredDossier(0, TestUsers.CHI_MINH, 2019, 1, null, "ef".repeat(32),
        2, "test", "test", row.uploadedAt()), new byte[] {'{', '}'})).isInstanceOf(DataIntegrityViolationException.class);
    dossiers.insert(new StoredDossier(0, TestUsers.CHI_MINH, 2019, 2, first, row.hash(), 2, "edit", "test",
        row.uploadedAt()), new byte[] {'{', '}'});
    assertThat(dossiers.findByHash(TestUsers.CHI_MINH, row.hash())).hasValueSatisfying(d ->
        assertThat(d.id()).isEqualTo(first));
  }

  @Test
  void aFirstVersionHasNoPreviousVersion() {
    long id = dossiers.insert(new StoredDossier(0, TestUsers.CHI_MINH, 2018, 1, null, "cd".repeat(32), 2, "test",
        "test", Instant.now().truncatedTo(ChronoUnit.MILLIS)), new byte[] {'{', '}'});

    assertThat(dossiers.find(id).orElseThrow().previousId()).isNull();
  }

  @Test
  void aCommunesLineageFollowsMergersThroughSeveralSteps() {
    String base = String.valueOf(70000 + (System.nanoTime() % 9000));
    String a = base.substring(0, 4) + "1";
    String b = base.substring(0, 4) + "2";
    String c = base.substring(0, 4) + "3";
    for (String code : new String[] {a, b, c}) {
      if (!communes.exists(code)) {
        communes.insert(new Commune(code, "Xã " + code, "Hải Dương", UnitLevel.XA, false));
      }
    }
    communes.link(new CommuneLink(a, b, LocalDate.of(2020, 1, 1)));
    communes.link(new CommuneLink(b, c, LocalDate.of(2025, 7, 1)));

    assertThat(communes.lineage(c)).containsExactlyInAnyOrder(a, b, c);
    assertThat(communes.successors(a)).extracting(CommuneLink::successorCode).containsExactly(b);
  }

  @Test
  void evaluationsAreListedByCommuneAndYearAndChained() throws Exception {
    long id = new Api(mvc).freshEvaluation();

    assertThat(evaluations.list(java.util.Set.of(TestUsers.CHI_MINH), 2025)).extracting(e -> e.id()).contains(id);
    assertThat(evaluations.list(java.util.Set.of(TestUsers.CHI_MINH), 2024)).isEmpty();
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void aTotalEditedWithPlainJdbcIsNamedByVerification() throws Exception {
    long id = new Api(mvc).freshEvaluation();
    BigDecimal total = evaluations.find(id).orElseThrow().total();

    try {
      jdbc.sql("update evaluation set total = ? where id = ?").params(new BigDecimal("99.99"), id).update();

      assertThat(verifier.verify().firstMismatch().recordId()).isEqualTo(id);
    } finally {
      jdbc.sql("update evaluation set total = ? where id = ?").params(total, id).update();
    }
    assertThat(verifier.verify().intact()).isTrue();
  }
}
