package vn.qcdc.workbook;

import java.util.List;

/**
 * One field of a record form, derived from a workbook column so that the form and the workbook take the same values.
 *
 * @param name the form input's name: the column's field locator ({@code receivedDate}, {@code channels=WEBSITE})
 * @param label the Vietnamese term, as the column header shows it
 * @param hint the column's note (what to write, when it is required)
 * @param options the choices of a {@link Input#SELECT}, as shown and as typed in the workbook
 * @param value the current text of the field, as the workbook shows it ({@code 25/03/2025}, {@code Có})
 */
public record FormField(String name, String label, String hint, Input input, boolean required, List<String> options,
    String value) {

  /** How the field is entered. */
  public enum Input {
    TEXT, LINES, NUMBER, DATE, MONTH, SELECT, CHECK
  }

  public FormField {
    options = List.copyOf(options);
  }

  public FormField withValue(String text) {
    return new FormField(name, label, hint, input, required, options, text);
  }
}
