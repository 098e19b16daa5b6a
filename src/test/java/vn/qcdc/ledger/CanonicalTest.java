package vn.qcdc.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The canonical form does not depend on key order and keeps decimals exactly as stored. */
class CanonicalTest {

  @Test
  void sortsKeysAndWritesDecimalsAndInstantsAsStrings() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("total", new BigDecimal("76.70"));
    fields.put("at", Instant.parse("2026-01-02T03:04:05.678Z"));
    fields.put("id", 7L);
    fields.put("none", null);

    assertThat(Canonical.json(fields))
        .isEqualTo("{\"at\":\"2026-01-02T03:04:05.678Z\",\"id\":7,\"none\":null,\"total\":\"76.70\"}");
  }

  @Test
  void aChangedValueChangesTheHash() {
    assertThat(Canonical.sha256(Map.of("total", new BigDecimal("76.74"))))
        .isNotEqualTo(Canonical.sha256(Map.of("total", new BigDecimal("86.74"))));
  }

  @Test
  void refusesValuesWithoutACanonicalForm() {
    assertThatThrownBy(() -> Canonical.json(Map.of("x", new Object()))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachEntryLinksToThePreviousOneAndTheFirstToTheGenesisHash() {
    LedgerEntry first = LedgerEntry.next(null, "EVALUATION", 1, "a".repeat(64));
    LedgerEntry second = LedgerEntry.next(first, "APPRAISAL", 1, "b".repeat(64));

    assertThat(first.seq()).isEqualTo(1);
    assertThat(first.prevHash()).isEqualTo(LedgerEntry.GENESIS);
    assertThat(second.seq()).isEqualTo(2);
    assertThat(second.prevHash()).isEqualTo(first.entryHash());
    assertThat(second.entryHash()).isEqualTo(LedgerEntry.hashOf(2, "APPRAISAL", 1, "b".repeat(64),
        first.entryHash()));
  }
}
