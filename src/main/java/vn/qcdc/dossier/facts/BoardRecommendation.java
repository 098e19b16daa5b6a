package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: BoardRecommendation (dossier section {@code boardRecommendations}). */
public record BoardRecommendation(
    String id,
    String boardId,
    RecommendationKind kind,
    LocalDate receivedDate,
    String content,
    LocalDate answeredDate,
    String result,
    List<EvidenceRef> evidence) implements DossierRecord {

  public BoardRecommendation {
    evidence = Facts.list(evidence);
  }
}
