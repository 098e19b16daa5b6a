package vn.qcdc.intake.records;

import static vn.qcdc.intake.records.Column.Type.BOOLEAN;
import static vn.qcdc.intake.records.Column.Type.DATE;
import static vn.qcdc.intake.records.Column.Type.INTEGER;
import static vn.qcdc.intake.records.Column.Type.TEXT;
import static vn.qcdc.intake.records.Column.optional;
import static vn.qcdc.intake.records.Column.required;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The documented column layouts, one per kind of bulk record: the header row names the columns (any order, names as
 * below, case-insensitive); dates are yyyy-MM-dd or dd/MM/yyyy (or date cells in XLSX); booleans are true/false,
 * có/không, x/blank or 1/0.
 */
public enum RecordLayout {

  ADMINISTRATIVE_DOSSIERS("administrative-dossiers", "administrativeDossiers.records", false, List.of(), List.of(
      required("id", TEXT, "record id, unique in the dossier"),
      required("procedureCode", TEXT, "procedure code in the national database"),
      optional("procedureName", TEXT, "procedure name"),
      required("receivedDate", DATE, "date received"),
      required("online", BOOLEAN, "submitted online"),
      required("dueDate", DATE, "appointment date in force"),
      optional("completionRequestDate", DATE, "request to complete (Form 02)"),
      optional("resultDate", DATE, "result ready"),
      optional("refusalDate", DATE, "refusal (Form 03)"),
      optional("withdrawnDate", DATE, "withdrawn"),
      optional("apologyLetterDate", DATE, "apology and new date (Form 04)"),
      optional("newDueDate", DATE, "new date given in the apology"),
      optional("rescheduleCount", INTEGER, "times rescheduled"))),

  COMPLAINTS("complaints", "complaints", false, List.of(), List.of(
      required("id", TEXT, "record id, unique in the dossier"),
      optional("subject", TEXT, "short description"),
      required("receivedDate", DATE, "date received"),
      required("withinCompetence", BOOLEAN, "within the chairman's first-instance competence"),
      optional("acceptedDate", DATE, "accepted (thụ lý)"),
      optional("refusedDate", DATE, "refusal to accept"),
      optional("complexity", TEXT, "NORMAL or COMPLEX"),
      optional("dialogueRequired", BOOLEAN, "a dialogue was required"),
      optional("dialogueDate", DATE, "dialogue held"),
      optional("decisionDate", DATE, "first-instance decision"),
      optional("decisionSentDate", DATE, "decision sent"),
      optional("withdrawnDate", DATE, "withdrawn"),
      optional("outcome", TEXT, "result (enumeration of the dossier format)"))),

  RECEPTION_SESSIONS("reception-sessions", "receptionSessions", false, List.of("cases"), List.of(
      required("id", TEXT, "record id, unique in the dossier"),
      required("date", DATE, "date of the session"),
      required("receiverRole", TEXT, "CHAIRMAN, VICE_CHAIRMAN, ... (enumeration of the dossier format)"),
      required("atHeadquarters", BOOLEAN, "held at the headquarters"),
      required("isAdHoc", BOOLEAN, "ad hoc rather than scheduled"),
      required("visitorsCount", INTEGER, "people received"))),

  DISCLOSURES("disclosures", "disclosures", true, List.of(), List.of(
      required("id", TEXT, "record id; several rows with one id are one disclosure through several channels"),
      required("art11Item", INTEGER, "item of Law 10/2022 Art. 11 (1-14)"),
      required("title", TEXT, "what was disclosed"),
      optional("sourceDocumentNumber", TEXT, "number of the document disclosed"),
      required("sourceDecisionDate", DATE, "date of the document"),
      required("channel", TEXT, "POSTING_HQ, POSTING_VILLAGE, WEBSITE, RADIO, ... (enumeration of the format)"),
      required("startDate", DATE, "first day through this channel"),
      optional("endDate", DATE, "last day through this channel")));

  /** Columns of a disclosure row that belong to its channel rather than to the disclosure. */
  static final List<String> CHANNEL_COLUMNS = List.of("channel", "startDate", "endDate");

  private final String slug;
  private final String section;
  private final boolean grouped;
  private final List<String> emptyLists;
  private final List<Column> columns;

  RecordLayout(String slug, String section, boolean grouped, List<String> emptyLists, List<Column> columns) {
    this.slug = slug;
    this.section = section;
    this.grouped = grouped;
    this.emptyLists = emptyLists;
    this.columns = columns;
  }

  public static Optional<RecordLayout> bySlug(String slug) {
    return Arrays.stream(values()).filter(l -> l.slug.equals(slug)).findFirst();
  }

  public String slug() {
    return slug;
  }

  /** Where the records go, e.g. {@code administrativeDossiers.records}. */
  public String section() {
    return section;
  }

  /** Whether rows with the same id form one record (disclosures and their channels). */
  public boolean grouped() {
    return grouped;
  }

  /** Lists the format requires that a flat row cannot fill; they are written empty (e.g. a session's cases). */
  public List<String> emptyLists() {
    return emptyLists;
  }

  public List<Column> columns() {
    return columns;
  }
}
