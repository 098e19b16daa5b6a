package vn.qcdc.ledger;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.qcdc.ledger.Verification.CheckpointCheck;
import vn.qcdc.ledger.Verification.Mismatch;

/**
 * Recomputes every entry from the records as stored now and reports the first one that no longer matches, then
 * compares the chain's tail with the checkpoint kept outside the database.
 */
@Service
public class LedgerVerifier {

  private final LedgerRepository entries;
  private final List<ChainedRecords> tables;
  private final Checkpoints checkpoints;

  LedgerVerifier(LedgerRepository entries, List<ChainedRecords> tables, Checkpoints checkpoints) {
    this.entries = entries;
    this.tables = tables;
    this.checkpoints = checkpoints;
  }

  @Transactional(readOnly = true)
  public Verification verify() {
    // The checkpoint first: it names only committed entries, so the chain read after it holds them all.
    CheckpointCheck checkpoint = TailCheck.compare(checkpoints.read(), entries);
    List<LedgerEntry> all = entries.all();
    String prev = LedgerEntry.GENESIS;
    long expectedSeq = 1;
    Set<String> chained = new HashSet<>();
    for (LedgerEntry e : all) {
      String problem = check(e, expectedSeq, prev);
      if (problem != null) {
        return broken(all.size(), new Mismatch(e.seq(), e.kind(), e.recordId(), problem), checkpoint);
      }
      chained.add(e.kind() + ":" + e.recordId());
      prev = e.entryHash();
      expectedSeq++;
    }
    Optional<Mismatch> tail = TailCheck.mismatch(checkpoint, all.size());
    if (tail.isPresent()) {
      return broken(all.size(), tail.get(), checkpoint);
    }
    for (ChainedRecords table : tables) {
      for (long id : table.ids()) {
        if (!chained.contains(table.kind() + ":" + id)) {
          return broken(all.size(), new Mismatch(null, table.kind(), id,
              "the record is not in the ledger: it was added behind the application's back"), checkpoint);
        }
      }
      Optional<ChainedRecords.Drift> drift = table.drift();
      if (drift.isPresent()) {
        return broken(all.size(), new Mismatch(null, table.kind(), drift.get().recordId(), drift.get().reason()),
            checkpoint);
      }
    }
    return new Verification(true, all.size(), prev, null, checkpoint);
  }

  private String check(LedgerEntry e, long expectedSeq, String prev) {
    if (e.seq() != expectedSeq) {
      return "entry " + expectedSeq + " is missing from the ledger";
    }
    if (!e.prevHash().equals(prev)) {
      return "the entry does not link to the previous entry's hash";
    }
    if (!e.entryHash().equals(LedgerEntry.hashOf(e.seq(), e.kind(), e.recordId(), e.contentHash(), e.prevHash()))) {
      return "the entry's own hash does not match its fields";
    }
    Optional<ChainedRecords> table = tables.stream().filter(t -> t.kind().equals(e.kind())).findFirst();
    if (table.isEmpty()) {
      return "unknown record kind " + e.kind();
    }
    Optional<Map<String, Object>> content = table.get().content(e.recordId());
    if (content.isEmpty()) {
      return "the record was deleted";
    }
    if (!Canonical.sha256(content.get()).equals(e.contentHash())) {
      return "the record's content no longer matches its hash: it was changed after it was written";
    }
    return null;
  }

  private static Verification broken(long count, Mismatch mismatch, CheckpointCheck checkpoint) {
    return new Verification(false, count, null, mismatch, checkpoint);
  }
}
