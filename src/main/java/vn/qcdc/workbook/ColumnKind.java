package vn.qcdc.workbook;

/** How a column's cells are entered and turned into JSON values. */
enum ColumnKind {
  /** Free text. */
  TEXT,
  /** A list of texts, one per line of the cell. */
  TEXT_LINES,
  /** An integer. */
  INTEGER,
  /** A list of integers separated by commas. */
  INTEGER_LIST,
  /** A decimal number (decimal comma or point). */
  DECIMAL,
  /** Có / Không. */
  BOOLEAN,
  /** A calendar date, dd/MM/yyyy. */
  DATE,
  /** A month, MM/yyyy. */
  MONTH,
  /** One value of an enumeration, chosen by its Vietnamese label. */
  ENUM,
  /** Có when the list field holds this column's enumeration value. */
  ENUM_FLAG,
  /** A village of the commune, chosen by name (stored as its id). */
  VILLAGE,
  /** The id of a record of another sheet. */
  REFERENCE,
  /** The id of the parent record this row belongs to. */
  PARENT_ID,
  /** The id of any record of the dossier (evidence rows). */
  RECORD_ID
}
