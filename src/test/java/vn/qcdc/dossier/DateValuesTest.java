package vn.qcdc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-read date is what {@code LocalDate.parse} reads, and refuses what it refuses. */
class DateValuesTest {

  @ParameterizedTest
  @ValueSource(strings = {"2025-01-01", "2024-02-29", "2025-02-29", "2025-02-30", "2025-13-01", "2025-00-10",
      "2025-04-31", "0000-01-01", "9999-12-31", "2025-1-01", "2025/01/01", "abcd-ef-gh", "+2025-01-01",
      "20250-01-01", "2025-01-1a", " 2025-01-01", "2025-12-31"})
  void readsExactlyAsLocalDateParse(String text) {
    Throwable standardFailure = catchThrowable(() -> LocalDate.parse(text));
    Throwable handFailure = catchThrowable(() -> DateValues.parse(text));

    if (standardFailure == null) {
      assertThat(DateValues.parse(text)).isEqualTo(LocalDate.parse(text));
    } else {
      assertThat(handFailure).isInstanceOf(DateTimeException.class);
    }
  }
}
