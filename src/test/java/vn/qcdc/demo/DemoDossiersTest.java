package vn.qcdc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.support.ExampleBytes;

/** Every generated demo dossier passes the dossier reader, in its own year, with its own commune. */
class DemoDossiersTest {

  static final DemoDossiers DOSSIERS = new DemoDossiers(ExampleBytes.example());

  static Stream<Arguments> demoDossiers() {
    List<Arguments> all = new ArrayList<>();
    DemoCommune.all().forEach(c -> c.years().forEach(y -> all.add(Arguments.of(c, y))));
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("demoDossiers")
  void generatedDossierPassesTheReader(DemoCommune commune, int year) throws Exception {
    byte[] bytes = DOSSIERS.generate(commune, year);

    ParsedDossier parsed = new DossierReader().read(bytes);

    assertThat(parsed.dossier().commune().code()).isEqualTo(commune.code());
    assertThat(parsed.dossier().period().year()).isEqualTo(year);
    assertThat(parsed.dossier().period().compiledDate().getYear()).isEqualTo(year + 1);
    assertThat(parsed.dossier().receptionSessions()).allSatisfy(s -> assertThat(s.date().getYear()).isEqualTo(year));
  }

  @Test
  void aWeakerCommuneHasFewerRecordsThanAStrongOne() throws Exception {
    DemoCommune strong = new DemoCommune("90100", "Mạnh (demo)", List.of(2025), 0);
    DemoCommune weak = new DemoCommune("90101", "Yếu (demo)", List.of(2025), 6);

    ParsedDossier a = new DossierReader().read(DOSSIERS.generate(strong, 2025));
    ParsedDossier b = new DossierReader().read(DOSSIERS.generate(weak, 2025));

    assertThat(b.dossier().receptionSessions()).hasSizeLessThan(a.dossier().receptionSessions().size());
    assertThat(b.dossier().disclosures()).hasSizeLessThan(a.dossier().disclosures().size());
  }

  @Test
  void aWeakerCommuneClaimsALowerSelfAssessedTotal() throws Exception {
    DemoCommune strong = new DemoCommune("90100", "Mạnh (demo)", List.of(2025), 0);
    DemoCommune weak = new DemoCommune("90101", "Yếu (demo)", List.of(2025), 6);

    ParsedDossier a = new DossierReader().read(DOSSIERS.generate(strong, 2025));
    ParsedDossier b = new DossierReader().read(DOSSIERS.generate(weak, 2025));

    assertThat(a.dossier().selfAssessment().totalPoints()).isEqualByComparingTo("92.5");
    assertThat(b.dossier().selfAssessment().totalPoints()).isEqualByComparingTo("80.5");
    assertThat(b.dossier().selfAssessment().grade().name()).isEqualTo("KHA");
  }

  @Test
  void shiftingALeapDayToACommonYearLandsOnTheLastDayOfFebruary() throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(
            "{\"date\":\"2024-02-29\",\"month\":\"2024-12\",\"year\":2024,\"workYear\":2024,\"count\":2024}");

    DemoDossiers.shiftYears(tree, 1);

    assertThat(tree.toString())
        .isEqualTo("{\"date\":\"2025-02-28\",\"month\":\"2025-12\",\"year\":2025,\"workYear\":2025,\"count\":2024}");
  }
}
