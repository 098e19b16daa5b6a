package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: BoardInformation (dossier section {@code boardInformation}). */
public record BoardInformation(
    String id,
    String boardId,
    BoardInfoType infoType,
    LocalDate date,
    String content,
    List<EvidenceRef> evidence) implements DossierRecord {

  public BoardInformation {
    evidence = Facts.list(evidence);
  }
}
