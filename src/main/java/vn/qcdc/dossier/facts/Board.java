package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: Board (dossier section {@code boards}). */
public record Board(
    String id,
    BoardType boardType,
    String name,
    String projectRef,
    LocalDate activeFrom,
    LocalDate activeTo,
    LocalDate electionDate,
    LocalDate recognitionDate,
    boolean supportProvided,
    List<BoardMember> members,
    List<EvidenceRef> evidence) implements DossierRecord {

  public Board {
    members = Facts.list(members);
    evidence = Facts.list(evidence);
  }
}
