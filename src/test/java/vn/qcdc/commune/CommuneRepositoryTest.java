package vn.qcdc.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.test.context.ActiveProfiles;
import vn.qcdc.ledger.LedgerSlice;
import vn.qcdc.dossier.facts.UnitLevel;

/** Repository slice: communes and merger links on the migrated schema, chained by the ledger, nothing else started. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({CommuneRepository.class, CommuneChanges.class, LedgerSlice.class})
class CommuneRepositoryTest {

  @Autowired CommuneRepository communes;

  @Test
  void storesUpdatesAndListsCommunesByProvinceAndCode() {
    communes.insert(new Commune("20002", "B", "Hải Phòng", UnitLevel.PHUONG, false));
    communes.insert(new Commune("20001", "A", "Hải Phòng", UnitLevel.XA, true));

    communes.update(new Commune("20002", "B mới", "Hải Phòng", UnitLevel.XA, false));

    assertThat(communes.findAll()).extracting(Commune::code).containsExactly("20001", "20002");
    assertThat(communes.find("20002")).hasValueSatisfying(c -> {
      assertThat(c.name()).isEqualTo("B mới");
      assertThat(c.level()).isEqualTo(UnitLevel.XA);
    });
    assertThat(communes.find("20001").orElseThrow().demo()).isTrue();
  }

  @Test
  void refusesASecondCommuneWithTheSameCode() {
    communes.insert(new Commune("20003", "C", "Hải Phòng", UnitLevel.XA, false));

    assertThatThrownBy(() -> communes.insert(new Commune("20003", "D", "Hải Phòng", UnitLevel.XA, false)))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void aSuccessorsLineageHoldsEveryCommuneMergedIntoIt() {
    for (String code : new String[] {"20011", "20012", "20013", "20014"}) {
      communes.insert(new Commune(code, code, "Hải Phòng", UnitLevel.XA, false));
    }
    communes.link(new CommuneLink("20011", "20013", LocalDate.of(2019, 12, 1)));
    communes.link(new CommuneLink("20012", "20013", LocalDate.of(2019, 12, 1)));
    communes.link(new CommuneLink("20013", "20014", LocalDate.of(2025, 7, 1)));

    assertThat(communes.lineage("20014")).containsExactlyInAnyOrder("20011", "20012", "20013", "20014");
    assertThat(communes.lineage("20012")).containsExactly("20012");
    assertThat(communes.predecessors("20013")).extracting(CommuneLink::predecessorCode)
        .containsExactly("20011", "20012");
  }
}
