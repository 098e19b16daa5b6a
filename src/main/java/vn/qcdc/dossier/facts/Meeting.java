package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: Meeting (dossier section {@code meetings}). */
public record Meeting(
    String id,
    MeetingType meetingType,
    LocalDate date,
    String title,
    String villageId,
    Integer workYear,
    boolean isAdHoc,
    LocalDate noticeDate,
    Integer expectedAttendees,
    Integer attendees,
    Integer resolutionVotesFor,
    boolean coOrganisedWithMttq,
    LocalDate reportSentToUbndDate,
    LocalDate reportSentToMttqDate,
    boolean staffInformed,
    List<EvidenceRef> evidence) implements DossierRecord {

  public Meeting {
    evidence = Facts.list(evidence);
  }
}
