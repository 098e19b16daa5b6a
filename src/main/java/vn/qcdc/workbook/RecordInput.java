package vn.qcdc.workbook;

import java.util.List;
import java.util.Map;

/**
 * What a user entered in a record form: the texts of its fields by name, and per nested list (by sheet key) the
 * texts of each row; blank rows are ignored.
 */
public record RecordInput(Map<String, String> fields, Map<String, List<Map<String, String>>> nested) {

  public RecordInput {
    fields = Map.copyOf(fields);
    nested = Map.copyOf(nested);
  }
}
