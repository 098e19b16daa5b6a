package vn.qcdc.dossier;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import java.time.DateTimeException;

/**
 * The JSON Schema {@code date} format as the validator's own ({@code LocalDate.parse}, years 0 to 9999), read through
 * {@link DateValues}: the validator's formatter cost a third of schema validation on a dossier of dates.
 */
final class SchemaDateFormat implements Format {

  @Override
  public String getName() {
    return "date";
  }

  @Override
  public String getMessageKey() {
    return "format.date";
  }

  @Override
  public boolean matches(ExecutionContext context, String value) {
    try {
      int year = DateValues.parse(value).getYear();
      return year >= 0 && year <= 9999;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
