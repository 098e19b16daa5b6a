package vn.qcdc.workbook;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import vn.qcdc.i18n.Message;

/**
 * One column of a sheet (or one row of the cover sheet).
 *
 * @param key the field path inside the sheet's object, dot-separated ({@code sectorDeadline.value}); for flag columns
 *     the list field; {@code #parent} or {@code #record} for link columns
 * @param enumeration the enumeration of ENUM and ENUM_FLAG columns
 * @param flagValue the enumeration value an ENUM_FLAG column stands for
 * @param condition the condition under which the field is required ("khi …"), or null
 * @param target the key of the sheet a REFERENCE or PARENT_ID column points to
 */
record Column(String key, String header, ColumnKind kind, String enumeration, String flagValue, boolean required,
    Message condition, String note, BigDecimal minimum, BigDecimal maximum, String target) {

  static final String PARENT = "#parent";
  static final String RECORD = "#record";

  List<String> field() {
    return Arrays.asList(key.split("\\."));
  }

  boolean isLink() {
    return key.startsWith("#");
  }

  /**
   * Whether the header is marked as required: the notes say it must be filled (not only under a condition). The words
   * are the template's Vietnamese notes (workbook.note.required, .requiredWhen), recognised here, never shown.
   */
  boolean highlighted() {
    return note != null && note.startsWith("Bắt buộc") && !note.startsWith("Bắt buộc khi");
  }

  /** The key a problem's field path is matched against: flag columns answer for their value. */
  String locator() {
    return flagValue == null ? key : key + "=" + flagValue;
  }
}
