package vn.qcdc.dossier.facts;

import java.util.List;

/**
 * One evidence dossier (hồ sơ minh chứng), format 1.0 or 1.1: a commune's facts for one year.
 *
 * <p>A top-level section is {@code null} when the commune did not report it and an empty list
 * when it declared that nothing of the kind arose; criteria score the two differently. Format 1.1 records who made
 * each such declaration, and when, in {@code declarations} ({@code null} in format 1.0).
 */
public record Dossier(
    String formatVersion,
    String dossierId,
    Commune commune,
    Period period,
    List<Plan> plans,
    List<Regulation> regulations,
    List<DisseminationEvent> disseminationEvents,
    DisclosureScope disclosureScope,
    List<Disclosure> disclosures,
    List<QuarterlyList> quarterlyDisclosureLists,
    List<CommunityDecision> communityDecisions,
    List<Consultation> consultations,
    List<Meeting> meetings,
    List<Board> boards,
    List<BoardRecommendation> boardRecommendations,
    List<BoardInformation> boardInformation,
    List<ReceptionSession> receptionSessions,
    List<Complaint> complaints,
    List<Denunciation> denunciations,
    List<Petition> petitions,
    AdministrativeDossiers administrativeDossiers,
    ProcedurePublication procedurePublication,
    SatisfactionSystem satisfactionSystem,
    List<DvkModel> danVanKheoModels,
    List<VillageConvention> villageConventions,
    List<Report> reports,
    List<InternalDisclosure> internalDisclosures,
    List<StaffConsultation> staffConsultations,
    List<Violation> violations,
    List<CoordinationActivity> coordinationActivities,
    List<Target> targets,
    SelfAssessment selfAssessment,
    List<SectionDeclaration> declarations) {

  public Dossier {
    plans = Facts.section(plans);
    regulations = Facts.section(regulations);
    disseminationEvents = Facts.section(disseminationEvents);
    disclosures = Facts.section(disclosures);
    quarterlyDisclosureLists = Facts.section(quarterlyDisclosureLists);
    communityDecisions = Facts.section(communityDecisions);
    consultations = Facts.section(consultations);
    meetings = Facts.section(meetings);
    boards = Facts.section(boards);
    boardRecommendations = Facts.section(boardRecommendations);
    boardInformation = Facts.section(boardInformation);
    receptionSessions = Facts.section(receptionSessions);
    complaints = Facts.section(complaints);
    denunciations = Facts.section(denunciations);
    petitions = Facts.section(petitions);
    danVanKheoModels = Facts.section(danVanKheoModels);
    villageConventions = Facts.section(villageConventions);
    reports = Facts.section(reports);
    internalDisclosures = Facts.section(internalDisclosures);
    staffConsultations = Facts.section(staffConsultations);
    violations = Facts.section(violations);
    coordinationActivities = Facts.section(coordinationActivities);
    targets = Facts.section(targets);
    declarations = Facts.section(declarations);
  }
}
