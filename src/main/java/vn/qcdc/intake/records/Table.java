package vn.qcdc.intake.records;

import java.util.List;

/** A file read as text cells: the header row and the data rows, each with its row number as the user sees it. */
record Table(List<String> header, List<Row> rows) {

  /** A data row; {@code cells} follow the header's order (missing trailing cells are empty). */
  record Row(int number, List<String> cells) {

    String cell(int index) {
      return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
    }

    boolean blank() {
      return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
  }
}
