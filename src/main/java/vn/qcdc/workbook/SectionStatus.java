package vn.qcdc.workbook;

/**
 * Whether a dossier reports one of its sections: with records, declared empty (an empty list: "nothing to report"),
 * or not at all (absent: the criteria that need it score MISSING_EVIDENCE).
 *
 * @param records how many records a list section holds, or null for an object section or an absent one
 * @param recordForms whether the section is kept one record per row, so the record forms edit it
 * @param declaredBy who declared the section "không phát sinh" (format 1.1), or null
 * @param declaredAt when, or null
 */
public record SectionStatus(String key, String title, Status status, Integer records, boolean recordForms,
    String declaredBy, java.time.OffsetDateTime declaredAt) {

  /** The three states the dossier format gives a section. */
  public enum Status {
    REPORTED, DECLARED_NONE, NOT_REPORTED
  }
}
