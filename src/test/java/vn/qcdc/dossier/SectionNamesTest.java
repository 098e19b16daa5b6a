package vn.qcdc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Messages about a missing section name it in Vietnamese, as the officer knows it, with its key to find it. */
class SectionNamesTest {

  @Test
  void aSectionIsNamedByItsVietnameseTermAndItsKey() {
    assertThat(SectionNames.vi("complaints")).isEqualTo("“khiếu nại” (complaints)");
    assertThat(SectionNames.vi("boardInformation")).isEqualTo("“thông tin cung cấp cho các Ban” (boardInformation)");
  }

  @Test
  void everySectionOfTheFormatHasAVietnameseTerm() {
    JsonNode schema = DossierSchema.load();
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));

    schema.path("properties").fieldNames().forEachRemaining(section -> {
      if (!required.contains(section)) {
        assertThat(SectionNames.vi(section)).as(section).startsWith("“").endsWith("(" + section + ")");
      }
    });
  }
}
