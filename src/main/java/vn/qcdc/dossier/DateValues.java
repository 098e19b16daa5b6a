package vn.qcdc.dossier;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads {@code yyyy-MM-dd} dates. The usual form is read by hand (a dossier of 100,000 records has half a million
 * dates, and {@link LocalDate#parse} costs a formatter's work for each); any other text goes to {@code LocalDate.parse},
 * so what is accepted and refused is exactly what ISO-8601's strict reading accepts and refuses.
 */
final class DateValues {

  private DateValues() {}

  /** The date, or {@code null} when the value is absent or not a valid calendar date (the schema reports those). */
  static LocalDate of(JsonNode value) {
    if (!value.isTextual()) {
      return null;
    }
    try {
      return parse(value.asText());
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** As {@link LocalDate#parse(CharSequence)}, which it falls back to for anything but 4-2-2 digits. */
  static LocalDate parse(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          throw new DateTimeParseException("Text '" + text + "' could not be parsed: " + e.getMessage(), text, 0, e);
        }
      }
    }
    return LocalDate.parse(text);
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Jackson's {@code LocalDate} reading with the hand-read fast path; other shapes go to the standard deserializer. */
  static final class Deserializer extends StdScalarDeserializer<LocalDate> {

    Deserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        String text = p.getText().trim();
        if (text.length() == 10) {
          try {
            return parse(text);
          } catch (DateTimeException e) {
            // the standard deserializer words the failure as usual
          }
        }
      }
      return LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
    }
  }
}
