package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: CommunityDecision (dossier section {@code communityDecisions}). */
public record CommunityDecision(
    String id,
    DecisionScope scope,
    String villageId,
    int art15Item,
    String title,
    VoteForm form,
    LocalDate noticeDate,
    LocalDate documentsSentDate,
    LocalDate voteStartDate,
    LocalDate voteEndDate,
    int householdsTotal,
    int householdsRepresented,
    int votesFor,
    Integer villagesTotal,
    Integer villagesApproving,
    Integer householdsAgreeingOnline,
    DecisionResult result,
    boolean minutesKept,
    LocalDate sentToUbndDate,
    LocalDate sentToMttqDate,
    LocalDate recognitionDate,
    LocalDate refusalDate,
    LocalDate implementationReportDate,
    List<EvidenceRef> evidence) implements DossierRecord {

  public CommunityDecision {
    evidence = Facts.list(evidence);
  }
}
