package vn.qcdc.intake.records;

/** A column of a record layout: the dossier field it fills, its type, and whether a row must fill it. */
public record Column(String name, Type type, boolean required, String description) {

  /** How a cell is read. */
  public enum Type { TEXT, DATE, BOOLEAN, INTEGER }

  static Column required(String name, Type type, String description) {
    return new Column(name, type, true, description);
  }

  static Column optional(String name, Type type, String description) {
    return new Column(name, type, false, description);
  }
}
