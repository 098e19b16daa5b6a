package vn.qcdc.workbook;

import java.util.List;
import java.util.Map;

/**
 * A record of a dossier section as a form: its own fields, and the rows of each nested list (the channels of a
 * disclosure, the cases of a reception session), with their current values.
 *
 * @param index the record's position in its section, or null for a new record
 */
public record RecordForm(String section, String title, Integer index, List<FormField> fields,
    List<NestedRows> nested) {

  /**
   * The rows of one nested list.
   *
   * @param columns the fields of one row (values empty)
   * @param rows each row's texts by field name
   */
  public record NestedRows(String key, String title, List<FormField> columns, List<Map<String, String>> rows) {}
}
