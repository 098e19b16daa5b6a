package vn.qcdc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qcdc.dossier.ExampleDossier.example;
import static vn.qcdc.dossier.ExampleDossier.exampleBytes;
import static vn.qcdc.dossier.ExampleDossier.json;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vn.qcdc.dossier.facts.Dossier;

class DossierReaderAcceptanceTest {

  private final DossierReader reader = new DossierReader();

  @Test
  void acceptsTheExampleDossierOfTheFormat() throws Exception {
    ParsedDossier parsed = reader.read(ExampleDossier.FILE);

    Dossier dossier = parsed.dossier();
    assertThat(dossier.dossierId()).isEqualTo("HSMC-11095-2025");
    assertThat(dossier.period().year()).isEqualTo(2025);
    assertThat(dossier.commune().villages()).hasSize(6);
    assertThat(dossier.complaints()).hasSize(5);
    assertThat(dossier.receptionSessions()).hasSize(49);
    assertThat(dossier.administrativeDossiers().monthlyAggregates()).hasSize(12);
    assertThat(dossier.administrativeDossiers().monthlyAggregates().get(0).month()).isEqualTo(YearMonth.of(2025, 1));
    assertThat(dossier.administrativeDossiers().records()).isEmpty();
    assertThat(dossier.targets().get(0).actualValue()).isEqualByComparingTo(new BigDecimal("91.2"));
    assertThat(parsed.warnings()).isEmpty();
  }

  @Test
  void identifiesTheDossierBySha256OfItsRawBytes() throws Exception {
    byte[] bytes = exampleBytes();

    ParsedDossier parsed = reader.read(bytes);

    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertThat(parsed.hash()).isEqualTo(expected).hasSize(64);
  }

  @Test
  void readsBytesStreamAndFileAlike() throws Exception {
    byte[] bytes = exampleBytes();

    ParsedDossier fromBytes = reader.read(bytes);
    ParsedDossier fromStream = reader.read(new ByteArrayInputStream(bytes));
    ParsedDossier fromFile = reader.read(ExampleDossier.FILE);

    assertThat(fromStream).isEqualTo(fromBytes);
    assertThat(fromFile).isEqualTo(fromBytes);
  }

  @Test
  void keepsAnAbsentSectionNullAndAnEmptySectionEmpty() throws Exception {
    byte[] json = example().without("/petitions").with("/complaints", json("[]")).bytes();

    Dossier dossier = reader.read(json).dossier();

    assertThat(dossier.petitions()).isNull();
    assertThat(dossier.complaints()).isNotNull().isEmpty();
  }

  @Test
  void readsANullSectionAsAbsent() throws Exception {
    byte[] json = example().withNull("/petitions").bytes();

    Dossier dossier = reader.read(json).dossier();

    assertThat(dossier.petitions()).isNull();
  }

  @Test
  void readsNullOnAnOptionalFieldAsAbsent() throws Exception {
    byte[] json = example().withNull("/complaints/0/decisionDate").withNull("/plans/0/citedBases").bytes();

    Dossier dossier = reader.read(json).dossier();

    assertThat(dossier.complaints().get(0).decisionDate()).isNull();
    assertThat(dossier.plans().get(0).citedBases()).isEmpty();
  }

  @Test
  void toleratesAUtf8ByteOrderMarkAndHashesTheBytesAsGiven() throws Exception {
    byte[] example = exampleBytes();
    byte[] withBom = new byte[example.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(example, 0, withBom, 3, example.length);

    ParsedDossier parsed = reader.read(withBom);

    assertThat(parsed.dossier()).isEqualTo(reader.read(example).dossier());
    assertThat(parsed.hash()).isEqualTo(Hashes.sha256(withBom)).isNotEqualTo(Hashes.sha256(example));
  }

  @Test
  void acceptsTheRecordFormOfAdministrativeDossiersWithAToleratedYearEndPending() throws Exception {
    byte[] json = example().without("/administrativeDossiers/monthlyAggregates")
        .with("/administrativeDossiers/records", json("""
            [ { "id": "HS-000812", "procedureCode": "1.001612", "receivedDate": "2025-03-03", "online": true,
                "dueDate": "2025-03-04", "resultDate": "2025-03-04" },
              { "id": "HS-001207", "procedureCode": "1.004227", "receivedDate": "2025-03-10", "online": false,
                "dueDate": "2025-03-13", "apologyLetterDate": "2025-03-12", "newDueDate": "2025-03-17",
                "rescheduleCount": 1, "resultDate": "2025-03-17" } ]"""))
        .bytes();

    Dossier dossier = reader.read(json).dossier();

    assertThat(dossier.administrativeDossiers().records()).hasSize(2);
    assertThat(dossier.administrativeDossiers().records().get(1).newDueDate()).isEqualTo(LocalDate.of(2025, 3, 17));
    assertThat(dossier.administrativeDossiers().monthlyAggregates()).isEmpty();
  }

  @Test
  void acceptsMonthlyAggregatesThatDoNotListEveryMonth() throws Exception {
    byte[] json = example().without("/administrativeDossiers/monthlyAggregates/11").bytes();

    Dossier dossier = reader.read(json).dossier();

    assertThat(dossier.administrativeDossiers().monthlyAggregates()).hasSize(11);
  }

  @Test
  void acceptsALeapDay() throws Exception {
    byte[] json = example().with("/regulations/0/issuedDate", "2024-02-29").bytes();

    Dossier dossier = reader.read(json).dossier();

    assertThat(dossier.regulations().get(0).issuedDate()).isEqualTo(LocalDate.of(2024, 2, 29));
  }
}
