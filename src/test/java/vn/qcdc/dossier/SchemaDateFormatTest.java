package vn.qcdc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.format.DateFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast {@code date} format accepts and refuses exactly what the validator's own format does. */
class SchemaDateFormatTest {

  private final SchemaDateFormat fast = new SchemaDateFormat();
  private final DateFormat standard = new DateFormat();

  @ParameterizedTest
  @ValueSource(strings = {"2025-01-31", "2024-02-29", "2025-02-29", "2025-02-30", "2025-04-31", "2025-13-01",
      "2025-00-10", "2025-01-00", "0000-01-01", "9999-12-31", "2025-1-31", "25-01-31", "2025/01/31", "2025-01-31 ",
      " 2025-01-31", "+2025-01-31", "-2025-01-31", "+12025-01-31", "2025-01-3a", "２０２５-01-31", "", "31/01/2025",
      "2025-01-31T00:00"})
  void agreesWithTheValidatorsOwnFormat(String value) {
    assertThat(fast.matches(null, value)).as(value).isEqualTo(standard.matches(null, value));
  }
}
