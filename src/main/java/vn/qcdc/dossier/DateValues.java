package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a {@code yyyy-MM-dd} date from a JSON value that may be absent or malformed. */
final class DateValues {

  private DateValues() {}

  /** The date, or {@code null} when the value is absent or not a valid calendar date (the schema reports those). */
  static LocalDate of(JsonNode value) {
    if (!value.isTextual()) {
      return null;
    }
    try {
      return LocalDate.parse(value.asText());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
