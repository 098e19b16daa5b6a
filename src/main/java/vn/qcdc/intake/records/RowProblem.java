package vn.qcdc.intake.records;

/** One thing wrong with an imported file: its row (1 = header), its column (null if the whole row) and why. */
public record RowProblem(int row, String column, String message) {}
