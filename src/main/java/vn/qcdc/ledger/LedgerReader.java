package vn.qcdc.ledger;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the chain with each entry's record as stored now, for the audit log; verification is {@link LedgerVerifier}. */
@Service
public class LedgerReader {

  /** One entry and its record's content as stored now (empty when the record is gone). */
  public record Recorded(LedgerEntry entry, Map<String, Object> content) {}

  private final LedgerRepository entries;
  private final List<ChainedRecords> tables;

  LedgerReader(LedgerRepository entries, List<ChainedRecords> tables) {
    this.entries = entries;
    this.tables = tables;
  }

  /** Every entry, oldest first. */
  @Transactional(readOnly = true)
  public List<Recorded> all() {
    return entries.all().stream().map(e -> new Recorded(e, tables.stream().filter(t -> t.kind().equals(e.kind()))
        .findFirst().flatMap(t -> t.content(e.recordId())).orElse(Map.of()))).toList();
  }

  /** The kinds of record the ledger chains, e.g. {@code DOSSIER}, {@code USER}. */
  public List<String> kinds() {
    return tables.stream().map(ChainedRecords::kind).sorted().toList();
  }
}
