package vn.qcdc.workbook;

import java.util.List;
import java.util.Optional;

/**
 * One sheet of the workbook as the layout defines it.
 *
 * @param key the dotted JSON field path the sheet holds ({@code complaints}, {@code disclosures.channels})
 * @param defName the schema definition of one row
 * @param parent the key of the parent sheet whose rows own this sheet's rows, or null for a section
 * @param path where the rows' list (or object) sits inside the parent row, or inside the dossier when there is no parent
 * @param listRequired whether the parent definition requires the list (so a parent without rows gets an empty list)
 */
record SheetSpec(String key, String name, String title, Shape shape, String defName, String parent,
    List<String> path, boolean listRequired, List<Column> columns) {

  /** How a sheet holds its data. */
  enum Shape {
    /** Label / value rows: the dossier's own fields, the commune and the period. */
    COVER,
    /** One record per row. */
    TABLE,
    /** An object section: at most one row. */
    SINGLE,
    /** Evidence references of any record, by the record's id. */
    EVIDENCE
  }

  /** The property of the dossier holding several sheets ({@code administrativeDossiers}), or null. */
  String container() {
    return parent == null && path.size() == 2 && shape != Shape.COVER ? path.get(0) : null;
  }

  Optional<Column> column(String locator) {
    return columns.stream().filter(c -> c.locator().equals(locator) || c.key().equals(locator)).findFirst();
  }

  int indexOf(Column column) {
    return columns.indexOf(column);
  }

  /** The sheet's first data row (0-based): after the title, header and notes rows; the cover has no notes row. */
  int firstDataRow() {
    return shape == Shape.COVER ? 2 : 3;
  }
}
