package vn.qcdc.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.qcdc.commune.Commune;
import vn.qcdc.commune.CommuneChanges;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.dossier.facts.UnitLevel;
import vn.qcdc.ledger.LedgerSlice;

/** Repository slice: dossier versions, their bytes and their listing. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({DossierRepository.class, DossierVersions.class, CommuneRepository.class, CommuneChanges.class,
    LedgerSlice.class})
class DossierRepositoryTest {

  @Autowired DossierRepository dossiers;
  @Autowired CommuneRepository communes;

  @BeforeEach
  void commune() {
    communes.insert(new Commune("30001", "E", "Hải Phòng", UnitLevel.XA, false));
  }

  @Test
  void theLatestVersionIsTheHighestOfItsCommuneAndYear() {
    long v1 = store(2024, 1, null, "a");
    long v2 = store(2024, 2, v1, "b");
    store(2025, 1, null, "c");

    assertThat(dossiers.latest("30001", 2024)).hasValueSatisfying(d -> {
      assertThat(d.id()).isEqualTo(v2);
      assertThat(d.previousId()).isEqualTo(v1);
    });
    assertThat(dossiers.list("30001", 2024)).extracting(StoredDossier::version).containsExactly(1, 2);
    assertThat(dossiers.list("30001", null)).hasSize(3);
  }

  @Test
  void findsAVersionByItsHashWithinItsCommune() {
    long id = store(2024, 1, null, "d");

    assertThat(dossiers.findByHash("30001", "d".repeat(64))).hasValueSatisfying(d -> assertThat(d.id()).isEqualTo(id));
    assertThat(dossiers.findByHash("30002", "d".repeat(64))).isEmpty();
  }

  @Test
  void givesBackTheStoredBytesUnchanged() {
    byte[] bytes = "{\"tên\": \"Hưng Đạo\"}\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    long id = dossiers.insert(row(2024, 1, null, "e", bytes.length), bytes);

    assertThat(dossiers.content(id)).hasValue(bytes);
  }

  private long store(int year, int version, Long previous, String hashLetter) {
    return dossiers.insert(row(year, version, previous, hashLetter, 2), new byte[] {'{', '}'});
  }

  private static StoredDossier row(int year, int version, Long previous, String hashLetter, int size) {
    return new StoredDossier(0, "30001", year, version, previous, hashLetter.repeat(64), size, "test", "tester",
        Instant.now().truncatedTo(ChronoUnit.MILLIS));
  }
}
